// Writes examples/tochka-rosta-2027-draft.xlsx: a planner's first draft of the 2027 «Точка роста» roadmap in their own
// layout (columns reordered, header renamed), with the mistakes reviewers send back. Run: npx tsx scripts/build-draft-example.ts
// Each mistake is listed in DRAFT_MISTAKES so tests can check that the checker finds exactly these.
import ExcelJS from "exceljs";

export const DRAFT_FILE = "examples/tochka-rosta-2027-draft.xlsx";

/** What a ministry reviewer would send back, and where (the rows below are written from row 8). */
export const DRAFT_MISTAKES = [
  { code: "missing-item", about: "no row announces the procurement (закупки), which the form requires" },
  {
    code: "late-vs-template",
    cell: "C15",
    about: "work starts «1 октября 2027 года»: the form says by 15 September",
  },
  { code: "responsible-missing", cell: "D11", about: "nobody is named for the information reference" },
  { code: "deadline-unreadable", cell: "C12", about: "«по мере готовности» is not a deadline" },
  { code: "numbering-gap", about: "the numbering jumps from 3 to 5" },
] as const;

const RK = "Министерство образования Энской области (региональный координатор)";

type Row = [string, string, string | Date, string, string];
const ROWS: Row[] = [
  [
    "1",
    "Утверждение: 1) должностного лица в составе регионального ведомственного проектного офиса, ответственного за создание и функционирование Центров «Точка роста»; 2) комплекса мер (дорожной карты); 3) перечня общеобразовательных организаций, на базе которых планируется создание Центров «Точка роста»; 4) показателей деятельности Центров; 5) типового положения о деятельности Центров «Точка роста»",
    "до 15 декабря 2026 года",
    RK,
    "Распоряжение министерства",
  ],
  [
    "2",
    "Формирование, согласование и утверждение инфраструктурного листа",
    "согласно графику, направляемому федеральным оператором",
    RK,
    "Распоряжение министерства",
  ],
  [
    "3",
    "Сформирован типовой проект дизайна и зонирования Центра «Точка роста»",
    new Date(Date.UTC(2027, 0, 29)),
    RK,
    "Письмо федерального оператора о согласовании",
  ],
  [
    "5",
    "Подготовка информационной справки об общеобразовательных организациях, на базе которых создаются Центры «Точка роста»",
    "не позднее 30 июня 2027 года",
    "",
    "Справка по форме ведомственного проектного офиса",
  ],
  [
    "6",
    "Подготовка реестра документов, подтверждающих приёмку материальных ценностей и услуг в рамках создания Центров «Точка роста»",
    "по мере готовности",
    RK,
    "Реестр документов",
  ],
  [
    "7",
    "Проведение фотомониторинга работ по приведению площадок Центров «Точка роста» в соответствие с методическими рекомендациями Минпросвещения России",
    "25 августа 2027 года",
    RK,
    "Фотоотчёт по форме федерального оператора",
  ],
  [
    "8",
    "Формирование единого комплексного плана мероприятий по организационно-методической поддержке инфраструктуры национального проекта «Образование», в том числе Центров «Точка роста»",
    "не позднее 25 августа 2027 года",
    RK,
    "Распоряжение министерства",
  ],
  ["9", "Начало работы Центров «Точка роста»", "1 октября 2027 года", RK, "Информация в СМИ"],
  [
    "10",
    "Проведение мониторинга выполнения показателей создания и функционирования Центров «Точка роста»",
    "1 октября 2027 года, далее – ежеквартально",
    RK,
    "Отчёт федеральному оператору",
  ],
  [
    "11",
    "Проведено повышение квалификации педагогических работников, реализующих образовательные программы на базе Центра «Точка роста» (по программам из реестра федерального оператора)",
    "в течение 2027 года",
    RK,
    "Справка по форме федерального оператора",
  ],
];

export async function buildDraft(path = DRAFT_FILE): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Дорожная карта 2027");
  ws.getCell("D1").value = "УТВЕРЖДАЮ";
  ws.getCell("D2").value = "Министр образования Энской области";
  ws.getCell("D3").value = "«___» __________ 2026 г.";
  ws.getCell("A5").value =
    "Комплекс мер (дорожная карта) по созданию и функционированию центров образования естественно-научной и технологической направленностей «Точка роста» на 2027 год";
  ws.mergeCells("A5:E5");
  ws.getCell("A5").font = { bold: true };
  ws.getCell("A5").alignment = { wrapText: true, horizontal: "center" };
  ws.getRow(5).height = 36;
  // The planner's own column order: deadline before responsible.
  const header = ["№", "Мероприятие", "Срок исполнения", "Ответственный исполнитель", "Результат"];
  ws.getRow(7).values = header;
  ws.getRow(7).font = { bold: true };
  ROWS.forEach((r, i) => {
    const row = ws.getRow(8 + i);
    row.values = r;
    row.alignment = { wrapText: true, vertical: "top" };
  });
  ws.getColumn(3).numFmt = "dd.mm.yyyy";
  [6, 60, 26, 34, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(path);
}

if (process.argv[1]?.endsWith("build-draft-example.ts")) {
  await buildDraft();
  console.log(`written ${DRAFT_FILE}`);
}
