// A school's or a municipality's words for the form's items: «дизайн-проект помещений», a «координатор» of the
// centres or the one «ответственный за центр», a «фотоотчёт», «школа включена в перечень», «реестр школ — баз
// Кванториумов» or «— площадок Кванториумов», «положение о Кванториуме», «монтаж и пусконаладка», «курсовая
// подготовка», «информационное сопровождение» of a complex plan's direction.
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { withFormWords } from "../../../src/core/match/paraphrase";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("a school's words for the form's items", () => {
  it.each([
    ["tochka-rosta-2024", "Дизайн-проект помещений центра", "design-zoning"],
    ["tochka-rosta-2024", "Дизайн-проекты помещений центров", "design-zoning"],
    [
      "tochka-rosta-2024",
      "Назначен ответственный за центр в школе; приказ о создании центра",
      "approve-official",
    ],
    ["tochka-rosta-2024", "Назначен муниципальный координатор по центрам «Точка роста»", "approve-official"],
    ["tochka-rosta-2024", "Фотоотчёт о готовности кабинетов центра", "photo-monitoring"],
    ["tochka-rosta-2024", "Назначение ответственного за «Точку роста» в школе", "approve-official"],
    ["tochka-rosta-2024", "Отчёт о показателях деятельности центра", "indicator-monitoring"],
    ["complex-plan-2024", "Участие во всероссийском форуме центров федерального оператора", "federal-events"],
    [
      "complex-plan-2024",
      "Мастер-классы педагогов центров для коллег района (трансляция опыта)",
      "effective-practice",
    ],
    [
      "complex-plan-2024",
      "Участие в конференции Минпросвещения России для педагогов центров",
      "federal-events",
    ],
    [
      "complex-plan-2024",
      "Открытое занятие для учителей района «Цифровая лаборатория на уроке»",
      "effective-practice",
    ],
    ["complex-plan-2024", "Открытые занятия педагогов центра для учителей района", "effective-practice"],
    [
      "complex-plan-2024",
      "Представление опыта работы Центра на августовском педагогическом совещании района",
      "effective-practice",
    ],
    ["complex-plan-2024", "Обобщение опыта работы педагогов центра", "effective-practice"],
    ["kvantorium-2024", "Отчёты по показателям Кванториума", "indicator-monitoring"],
    ["kvantorium-2024", "Назначение ответственного за «Кванториум» в школе", "approve-official"],
    // A school's plan in the first person: «Получаем, устанавливаем и настраиваем оборудование».
    ["kvantorium-2024", "Получаем, устанавливаем и настраиваем оборудование", "equipment-installed"],
    ["kvantorium-2024", "Устанавливаем и настраиваем оборудование Кванториума", "equipment-installed"],
    [
      "tochka-rosta-2024",
      "Школа включена в перечень организаций, где создаются центры (распоряжение министерства)",
      "approve-school-list",
    ],
    [
      "kvantorium-2024",
      "Утверждён реестр общеобразовательных организаций — баз Кванториумов",
      "approve-register",
    ],
    [
      "kvantorium-2024",
      "Включение гимназии в региональный реестр организаций — баз школьных Кванториумов",
      "approve-register",
    ],
    ["kvantorium-2024", "утверждение реестра школ — баз Кванториумов", "approve-register"],
    // The list of «общеобразовательных организаций» (— получателей оборудования), the basic equipment «имеется», the
    // information «для справки федеральному оператору».
    [
      "tochka-rosta-2024",
      "Утверждён перечень общеобразовательных организаций — получателей оборудования в 2027 году",
      "approve-school-list",
    ],
    [
      "tochka-rosta-2024",
      "Утверждён перечень общеобразовательных организаций (МАОУ «Лицей № 3», МАОУ «СОШ № 7»)",
      "approve-school-list",
    ],
    [
      "tochka-rosta-2024",
      "Назначение руководителя центра «Точка роста», ответственного за его создание и функционирование",
      "approve-official",
    ],
    ["tochka-rosta-2024", "Назначение руководителя центра «Точка роста»", "approve-official"],
    [
      "tochka-rosta-2024",
      "Утвержден перечень организаций, в которых создаются центры / обновляется МТБ",
      "approve-school-list",
    ],
    ["kvantorium-2024", "Внесение лицея в реестр организаций-участников", "approve-register"],
    [
      "kvantorium-2024",
      "Наличие базового комплекта оборудования (мебель, компьютеры, МФУ)",
      "basic-equipment",
    ],
    ["kvantorium-2024", "Базовое оборудование в школах имеется", "basic-equipment"],
    ["kvantorium-2024", "Информация для справки федеральному оператору", "info-reference"],
    // The list named twice, the second in brackets; for ЦОС the schools «на базе которых» are the participants.
    [
      "tochka-rosta-2024",
      "Утверждён перечень (реестр) школ — получателей оборудования",
      "approve-school-list",
    ],
    [
      "cos-2024",
      "Утверждение перечня общеобразовательных организаций, на базе которых в 2027 году создаются центры",
      "approve-school-list",
    ],
    // The schools «в которых (в 2027 году) создаются центры» are those «на базе которых» they are created.
    [
      "tochka-rosta-2024",
      "Утверждение перечня общеобразовательных организаций, в которых в 2027 году создаются центры «Точка роста»",
      "approve-school-list",
    ],
    [
      "tochka-rosta-2024",
      "Утверждение перечня общеобразовательных организаций, в которых будут созданы центры",
      "approve-school-list",
    ],
    // The same said with «где», and for ЦОС the schools «в которых внедряется» it are those taking part.
    [
      "tochka-rosta-2024",
      "Утверждение перечня общеобразовательных организаций, где в 2027 году будут созданы центры",
      "approve-school-list",
    ],
    [
      "cos-2024",
      "Утверждение перечня общеобразовательных организаций, в которых внедряется целевая модель ЦОС",
      "approve-school-list",
    ],
    // A school confirms its «участие» in the list of schools «внедряющих» ЦОС: its side of the same item.
    [
      "cos-2024",
      "Подтверждение участия школы в перечне организаций, внедряющих ЦОС в 2024 году",
      "approve-school-list",
    ],
    ["cos-2024", "Утверждение перечня участвующих школ", "approve-school-list"],
    // «перечень школ» for a Кванториум is its register of the (обще)образовательные организации it is made in.
    [
      "kvantorium-2024",
      "Утверждение перечня (реестра) школ — получателей оборудования в 2027 году",
      "approve-register",
    ],
    ["kvantorium-2024", "Утверждение перечня школ (реестра организаций) 2027 года", "approve-register"],
    // The schools as «площадки» of the centres, and the centre's own regulation as the form's model regulation.
    [
      "kvantorium-2024",
      "Утвержден реестр общеобразовательных организаций — площадок Кванториумов",
      "approve-register",
    ],
    ["kvantorium-2024", "Школа включена в реестр организаций — площадок Кванториумов", "approve-register"],
    ["kvantorium-2024", "Утверждено положение о Кванториуме", "approve-regulation"],
    [
      "kvantorium-2024",
      "Утверждение положения о Школьном Кванториуме лицея (на основе типового)",
      "approve-regulation",
    ],
    ["tochka-rosta-2024", "Утверждение положения о центре", "approve-regulation"],
    // Trade words: «монтаж и пусконаладка» is the equipment installed, «курсовая подготовка» the teachers' courses.
    ["kvantorium-2024", "Приёмка, монтаж и пусконаладка оборудования", "equipment-installed"],
    ["kvantorium-2024", "Монтаж и пуско-наладка оборудования Кванториума", "equipment-installed"],
    [
      "tochka-rosta-2024",
      "Курсовая подготовка педагогов центра (физика, химия, биология)",
      "professional-development",
    ],
  ])("%s: «%s» is %s", (edition, title, item) => expect(itemOf(edition, title)).toEqual([item]));

  it("a complex plan's «Информационное сопровождение» direction is the information campaigns", () => {
    expect(withFormWords("Информационное сопровождение")).toContain("информационных кампаний");
  });

  it("the words stay their own elsewhere", () => {
    for (const t of [
      "Ответственный за охрану труда",
      "Базовый набор оборудования в школах",
      "Проведение мероприятий на базе центров",
      "ответственный за создание центров орган исполнительной власти области (региональный координатор)",
    ])
      expect(withFormWords(t), t).toBe(t);
  });

  it("a meeting, seminar or training of the coordinators is theirs, not the appointment of one", () => {
    for (const t of [
      "Областное совещание муниципальных координаторов по итогам поставки 2026 года и задачам 2027 года",
      "Семинар для координаторов ЦОС",
      "Обучение муниципальных координаторов работе на платформе",
      "Вебинар для школьных координаторов",
    ])
      expect(withFormWords(t), t).toBe(t);
    expect(itemOf("cos-2024", "Областное совещание муниципальных координаторов по итогам поставки")).toEqual(
      [],
    );
  });

  it("a regulation of something else stays its own", () => {
    for (const t of [
      "Положение о закупках",
      "Положение об оплате труда педагогов",
      "Проведение мероприятий на площадках",
    ])
      expect(withFormWords(t), t).toBe(t);
  });

  it("«школ, где открываются центры» names the schools, not the opening: a meeting with them is no start", () => {
    expect(
      itemOf(
        "tochka-rosta-2024",
        "Зональное совещание с руководителями школ, где открываются центры (региональное мероприятие)",
      ),
    ).toEqual([]);
    expect(
      itemOf("tochka-rosta-2024", "Утверждение перечня школ, где в 2028 году открываются центры"),
    ).toEqual(["approve-school-list"]);
    expect(itemOf("tochka-rosta-2024", "Открытие центров в школах")).toEqual(["start"]);
  });

  it("installation and course words stay their own elsewhere", () => {
    for (const t of ["Монтаж видеоролика о центре", "Подготовка педагогов к олимпиаде"])
      expect(withFormWords(t), t).toBe(t);
  });
});
