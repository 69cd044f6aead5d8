// Official tables: tidy CSV/XLSX, the OGP year-to-date layout, vintages in the store, hostile files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Store } from '../../store/index';
import { testDatabases } from '../../store/test-databases';
import { listTableValues } from '../../store/table-values';
import { AbsentiaError } from '../../util/errors';
import { importTable } from './import';
import { readTableBytes } from './read';
import { parseNumber } from './tidy';
import { sheetXml, xlsx, xlsxEntries, zip } from './test-support/xlsx-writer';
import { monthsIn } from './ytd';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tables');

describe('table readers', () => {
  test('numbers as officials write them', () => {
    assert.equal(parseNumber('67 840'), 67840);
    assert.equal(parseNumber('67\u00a0840'), 67840);
    assert.equal(parseNumber('17,658'), 17658);
    assert.equal(parseNumber('1 234,5'), 1234.5);
    assert.throws(() => parseNumber('n/a'), /not a number/u);
  });

  test('cumulative month headers in Ukrainian, Russian and English', () => {
    assert.deepEqual(monthsIn('січень–вересень'), [1, 9]);
    assert.deepEqual(monthsIn('январь-май'), [1, 5]);
    assert.deepEqual(monthsIn('січня – травня'), [1, 5]);
    assert.deepEqual(monthsIn('Jan-Oct'), [1, 10]);
  });

  test('CSV limits: an oversized field is refused naming the line; a million columns is refused', async () => {
    const long = Buffer.from(`force,event\nUA,"${'x'.repeat(2 * 1024 * 1024)}"\n`);
    await assert.rejects(readTableBytes(long, 'long.csv'), (e: unknown) => e instanceof AbsentiaError && /not readable as CSV/u.test(e.message));
    const wide = Buffer.from(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n`);
    await assert.rejects(readTableBytes(wide, 'wide.csv'), /columns \(cap 1000\)/u);
    await assert.rejects(readTableBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls'), /old binary \.xls/u);
  });

  test('a CSV header named __proto__ pollutes nothing', async () => {
    const g = await readTableBytes(Buffer.from('__proto__,constructor,force\n{"polluted":1},x,UA\n'), 'proto.csv');
    assert.equal(g.rows.length, 2);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('XLSX guard', () => {
  test('a valid workbook is read', async () => {
    const g = await readTableBytes(xlsx([['a', 'b'], [1, 'x']]), 't.xlsx');
    assert.deepEqual(g.rows, [['a', 'b'], [1, 'x']]);
  });

  test('zip bombs, too many entries, ../ paths and cells beyond XFD1048576 are refused before inflation', async () => {
    const bomb = zip([...xlsxEntries(sheetXml([['a']])), { name: 'xl/media/big.bin', data: Buffer.alloc(60 * 1024 * 1024) }]);
    await assert.rejects(readTableBytes(bomb, 'bomb.xlsx'), /inflates to 62914560 bytes/u);
    const lying = zip([...xlsxEntries(sheetXml([['a']])).slice(0, 4), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml([['a']]) + ' '.repeat(40 * 1024 * 1024)), declaredSize: 100 }]);
    await assert.rejects(readTableBytes(lying, 'lying.xlsx'), (e: unknown) => e instanceof AbsentiaError);
    const many = zip([...xlsxEntries(sheetXml([['a']])), ...Array.from({ length: 1200 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('x') }))]);
    await assert.rejects(readTableBytes(many, 'many.xlsx'), /1205 entries/u);
    const evil = zip([...xlsxEntries(sheetXml([['a']])), { name: '../../etc/evil.xml', data: Buffer.from('x') }]);
    await assert.rejects(readTableBytes(evil, 'evil.xlsx'), (e: unknown) => e instanceof AbsentiaError && /unsafe path|unsafe or corrupt zip/u.test(e.message));
    const far = zip(xlsxEntries(sheetXml([['a']], '<row r="1048577"><c r="A1048577"><v>1</v></c></row>')));
    await assert.rejects(readTableBytes(far, 'far.xlsx'), /beyond XFD1048576/u);
    const wide = zip(xlsxEntries(sheetXml([['a']], '<row r="2"><c r="XFE2"><v>1</v></c></row>')));
    await assert.rejects(readTableBytes(wide, 'wide.xlsx'), /cell XFE2/u);
  });
});

for (const target of await testDatabases()) describe(`import-table into the store (${target.dialect})`, () => {
  let store: Store;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'absentia-tables-'));
    store = await target.open();
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('tidy CSV: every row a claim with origin table; both vintages of 2022 kept with their dates', async () => {
    const r = await importTable(store, join(FIXTURES, 'awol-annual-tidy.csv'));
    assert.equal(r.layout, 'tidy');
    assert.equal(r.added, 9);
    assert.deepEqual(r.problems, []);
    const v2022 = (await listTableValues(store, { event: 'awol' })).filter((v) => v.periodStart === '2022-01-01' && v.periodEnd === '2022-12-31');
    assert.deepEqual(v2022.map((v) => [v.valueLow, v.published]), [[6641, '2024-10-16'], [6988, '2025-08-26']]);
    const again = await importTable(store, join(FIXTURES, 'awol-annual-tidy.csv'));
    assert.deepEqual([again.added, again.skipped], [0, 9]);
  });

  test('year-to-date layout: cumulative cells and derived months; a later release adds only what changed', async () => {
    const sep = await importTable(store, join(FIXTURES, 'pgo-ytd-2025-01-09.csv'));
    assert.equal(sep.layout, 'ytd');
    assert.deepEqual(sep.problems, []);
    assert.equal(sep.values, 3 * (9 + 8));
    const oct = await importTable(store, join(FIXTURES, 'pgo-ytd-2025-01-10.csv'));
    assert.deepEqual(oct.problems, []);
    // Every figure of the new release is a new vintage (new publication date), so all are stored.
    assert.equal(oct.added, oct.values);
    const months = await listTableValues(store, { event: 'awol', counted: 'cases', derived: true });
    const may = months.filter((v) => v.periodStart === '2025-05-01');
    assert.deepEqual(may.map((v) => [v.valueLow, v.published]), [[18134, '2025-10-15'], [18134, '2025-11-14']]);
    const sepMonth = months.filter((v) => v.periodStart === '2025-09-01').map((v) => [v.valueLow, v.published]);
    assert.deepEqual(sepMonth, [[17176, '2025-10-15'], [17179, '2025-11-14']]);
    const ytd = await listTableValues(store, { event: 'awol', counted: 'cases', derived: false });
    assert.deepEqual(ytd.filter((v) => v.periodEnd === '2025-10-31' && v.periodStart === '2025-01-01').map((v) => [v.valueLow, v.published, v.rule]), [
      [162500, '2025-11-11', 'table:tidy'],
      [161461, '2025-11-14', 'table:ytd'],
    ]);
    const suspects = await listTableValues(store, { counted: 'suspects' });
    assert.ok(suspects.length > 0);
  });

  test('a falling cumulative figure is reported, not turned into a negative month; bad files keep the store intact', async () => {
    const before = await listTableValues(store);
    const path = join(dir, 'revised.csv');
    writeFileSync(path, 'Звіт 2024 року; станом на 10.01.2025\nСтаття,Показник,січень,січень-лютий,січень-березень\nст. 407,Зареєстровано,2159,4100,3900\n');
    const r = await importTable(store, path);
    assert.match(r.problems[0], /falls from 4100 to 3900 in March/u);
    assert.equal(r.added, 3 + 1);
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a zip'));
    await assert.rejects(importTable(store, broken), (e: unknown) => e instanceof AbsentiaError && e.input === broken);
    await assert.rejects(importTable(store, join(dir, 'missing.csv')), /no such file/u);
    const noDate = join(dir, 'nodate.csv');
    writeFileSync(noDate, 'Стаття,січень,січень-лютий\nст. 407,1,2\n');
    await assert.rejects(importTable(store, noDate), /report year|publication date/u);
    assert.equal((await listTableValues(store)).length, before.length + 4);
  });

  test('XLSX in the year-to-date layout imports like its CSV twin', async () => {
    const path = join(dir, 'pgo.xlsx');
    writeFileSync(
      path,
      xlsx([
        ['Офіс Генерального прокурора. Звіт за 2024 рік, станом на 15.01.2025', null, null, null],
        ['Стаття КК України', 'Показник', 'січень', 'січень-лютий'],
        ['ст. 408', 'Зареєстровано кримінальних правопорушень', 1200, 2500],
      ]),
    );
    const r = await importTable(store, path);
    assert.equal(r.format, 'xlsx');
    const feb = (await listTableValues(store, { event: 'desertion', derived: true })).filter((v) => v.periodStart === '2024-02-01');
    assert.deepEqual(feb.map((v) => [v.valueLow, v.published]), [[1300, '2025-01-15']]);
  });
});
