import ExcelJS from "exceljs";
import { randomBytes } from "node:crypto";
import { createWriteStream, writeFileSync } from "node:fs";

/** Workbooks generated for the CLI tests and bench: roadmaps in the Leningrad 2024 Kvantorium form (seed 002), bad inputs. */

/** The 13 items of the Leningrad 2024 Kvantorium roadmap (seed 002), as [title, responsible, result, deadline]. */
export const KVANTORIUM_2024: readonly [string, string, string, string][] = [
  [
    "Утверждены: 1. должностное лицо в составе регионального ведомственного проектного офиса, ответственное за создание и функционирование Школьного Кванториума; 2. комплекс мер (дорожная карта) по созданию и функционированию Школьного Кванториума; 3. Реестр образовательных организаций, на базе которых создаются Школьные Кванториумы; 4. перечень показателей и индикаторов деятельности Школьного Кванториума; 5. типовое положение о деятельности Школьного Кванториума",
    "Региональный координатор",
    "Распорядительный акт комитета",
    "29 декабря 2023 года",
  ],
  [
    "Сформирован и утвержден инфраструктурный лист для оснащения Школьного Кванториума",
    "Региональный координатор, Федеральный оператор",
    "Распорядительный акт комитета об утверждении инфраструктурного листа",
    "Согласно графику, направляемому федеральным оператором",
  ],
  [
    "Сформирован проект дизайна и зонирования помещений Школьного Кванториума",
    "Региональный координатор",
    "Распорядительный акт комитета об утверждении типового дизайн-проекта и зонирования помещений",
    "до 1 февраля 2024 года",
  ],
  [
    "Обеспечено наличие в общеобразовательной организации, на базе которой создается Школьный Кванториум, базового набора оборудования, средств обучения и воспитания",
    "Региональный координатор",
    "Письмо регионального координатора с гарантией наличия базового набора оборудования",
    "1 марта 2024 года",
  ],
  [
    "Объявлены закупки товаров, работ, услуг для создания Школьного Кванториума",
    "Региональный координатор",
    "Извещения о проведении закупок или реестр извещений (по форме федерального оператора)",
    "не позднее 15 февраля 2024 года",
  ],
  [
    "Информационная справка об общеобразовательной организации, на базе которой создается Школьный Кванториум",
    "Региональный координатор",
    "По форме, определяемой ведомственным проектным офисом нацпроекта «Образование»",
    "не позднее 30 июня 2024 года",
  ],
  [
    "Утверждены планы мероприятий Школьных Кванториумов на учебный год",
    "Региональный координатор",
    "Локальные акты общеобразовательных организаций",
    "не позднее 25 августа 2024 года",
  ],
  [
    "Получено, установлено и налажено оборудование, приобретаемое для оснащения Школьного Кванториума",
    "Региональный координатор",
    "По форме, определяемой Минпросвещения России или федеральным оператором",
    "не позднее 25 августа 2024 года",
  ],
  [
    "Проведен фотомониторинг по приведению помещений Школьного Кванториума в соответствие с методическими рекомендациями Минпросвещения России",
    "Региональный координатор",
    "По форме, определяемой Минпросвещения России или Федеральным оператором",
    "не позднее 25 августа 2024 года",
  ],
  [
    "Сформирован единый комплексный план мероприятий по организационно-методической поддержке инфраструктуры национального проекта «Образование», в том числе Школьных Кванториумов",
    "Региональный координатор",
    "Распорядительный акт комитета",
    "не позднее 25 августа 2024 года",
  ],
  [
    "Проведено повышение квалификации педагогических работников, реализующих образовательные программы с использованием средств обучения и воспитания Школьного Кванториума",
    "Региональный координатор, Федеральный оператор",
    "Справка по форме федерального оператора",
    "В течение 2024 года",
  ],
  [
    "Начало работы Школьного Кванториума",
    "Региональный координатор",
    "Распорядительный акт комитета",
    "не позднее 15 сентября 2024 года",
  ],
  [
    "Ежеквартальный мониторинг выполнения показателей создания и функционирования Школьных Кванториумов",
    "Региональный координатор",
    "Отчет Федеральному оператору по итогам мониторинга показателя",
    "не позднее 1 октября 2024 года, далее ежеквартально",
  ],
];

export const TITLE =
  "Комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» на базе общеобразовательных организаций Ленинградской области в 2024 году";

const MUNICIPALITIES = [
  "Гатчинский",
  "Всеволожский",
  "Выборгский",
  "Кировский",
  "Лужский",
  "Тихвинский",
  "Кингисеппский",
];
const MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

/** A deterministic small PRNG (mulberry32), so a seed always gives the same workbook. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A roadmap sheet with the 13 federal items followed by municipal measures up to `rows` rows.
 * `seed` varies the municipal rows and, when odd, leaves one responsible empty; `drop` leaves out federal items
 * (1-based), `blankDeadline` empties their «Срок».
 */
export function roadmapWorkbook(
  rows: number,
  seed: number,
  opts: { drop?: number[]; blankDeadline?: number[] } = {},
): ExcelJS.Workbook {
  const r = rng(seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта");
  ws.getCell("D1").value = "УТВЕРЖДЕН распоряжением комитета от 28.12.2023 № 3537-р";
  ws.getCell("A3").value = TITLE;
  ws.mergeCells("A3:E3");
  ws.getRow(5).values = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
  let n = 0;
  KVANTORIUM_2024.forEach(([title, responsible, result, deadline], i) => {
    if (opts.drop?.includes(i + 1)) return;
    n++;
    ws.getRow(5 + n).values = [
      `${n}.`,
      title,
      seed % 2 === 1 && n === 6 ? null : responsible,
      result,
      opts.blankDeadline?.includes(i + 1) ? null : deadline,
    ];
  });
  while (n < rows) {
    n++;
    const mo = MUNICIPALITIES[Math.floor(r() * MUNICIPALITIES.length)]!;
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    ws.getRow(5 + n).values = [
      `${n}.`,
      `Проведение методического семинара для педагогов Школьного Кванториума, ${mo} муниципальный район`,
      `Комитет по образованию администрации ${mo.replace(/ий$/, "ого")} муниципального района`,
      "Информация на сайте",
      `до ${day} ${MONTHS[month]} 2024 года`,
    ];
  }
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 28 }, { width: 36 }, { width: 24 }];
  return wb;
}

/**
 * A workbook of about `bytes` bytes on disk: a sheet of incompressible filler (random base64) written with the streaming
 * writer at the fastest deflate level, so a ~50 MB file takes seconds. (Stored, uncompressed entries would be smaller to
 * produce but are read back unreliably by unzipper when the writer appends data descriptors.)
 */
export async function writeBigWorkbook(
  path: string,
  bytes: number,
  opts: { roadmap?: boolean } = {},
): Promise<void> {
  // Our own stream, awaited to its close: commit() can resolve before a `filename` stream has flushed, and under
  // load the CLI then read a truncated zip («unexpected EOF») instead of the 50 MB file.
  const out = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    out.on("close", () => resolve());
    out.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
    zip: { zlib: { level: 1 } },
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  if (opts.roadmap) {
    const ws = wb.addWorksheet("Дорожная карта");
    ws.getRow(1).values = [TITLE];
    ws.getRow(3).values = ["№", "Наименование мероприятия", "Ответственный", "Результат", "Срок"];
    KVANTORIUM_2024.forEach((item, i) => (ws.getRow(4 + i).values = [`${i + 1}.`, ...item]));
    ws.commit();
  }
  const data = wb.addWorksheet("Журнал выгрузки");
  // Base64 of random bytes deflates to about 3/4 of its length: 2 cells × 1368 characters ≈ 2 KB on disk per row.
  const perRow = 2 * 1368 * 0.76;
  const rows = Math.ceil(bytes / perRow);
  for (let i = 1; i <= rows; i++) {
    data.addRow([randomBytes(1026).toString("base64"), randomBytes(1026).toString("base64")]).commit();
  }
  data.commit();
  await wb.commit();
  await closed;
}

/** Bytes of a workbook as exceljs writes it. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  writeFileSync(path, await workbookBytes(wb));
}
