// A school's or a municipality's shortest words for the form's steps: «Назначение ответственного (за ЦОС)».
import { describe, expect, it } from "vitest";
import { matchRoadmap } from "../../../src/core/match";
import { getEdition } from "../../../src/core/templates/library";
import { buildRoadmap } from "./build";

const itemsOf = (edition: string, title: string) => {
  const m = matchRoadmap(buildRoadmap([{ title }]), getEdition(edition)!, { targetYear: 2027 });
  return (m.byRow.get(0) ?? []).map((c) => c.itemId);
};

describe("the shortest words for the form's steps", () => {
  it.each([
    ["cos-2024", "Назначение муниципального ответственного за ЦОС", "approve-official"],
    ["cos-2024", "Назначение ответственного за ЦОС в муниципальном округе", "approve-official"],
    ["tochka-rosta-2024", "Назначение ответственного", "approve-official"],
    ["tochka-rosta-2024", "Назначение ответственного (приказ)", "approve-official"],
    // «Определение ответственного», and the official named first in a list: «… ответственного и перечня школ».
    ["cos-2024", "Определение ответственного и перечня школ — получателей оборудования", "approve-official"],
    [
      "cos-2024",
      "Определение ответственного и перечня школ — получателей оборудования",
      "approve-school-list",
    ],
    ["tochka-rosta-2024", "Определение ответственного", "approve-official"],
    // «Приказ об ответственном (за ЦОС)» names the official by the order that appoints them; «ИЛ» is the usual short
    // form of the infrastructure list.
    ["cos-2024", "Приказ об ответственном за ЦОС", "approve-official"],
    ["tochka-rosta-2024", "Приказ об ответственном за центр", "approve-official"],
    ["cos-2024", "ИЛ", "infrastructure-list"],
    // A school's abbreviations: «ШК» (Школьный Кванториум), «Инфсправка», «Единый компл. план».
    ["kvantorium-2024", "Назначить ответственного за ШК (от РК — приказ мин-ва)", "approve-official"],
    ["kvantorium-2024", "Инфсправка об ОО", "info-reference"],
    ["kvantorium-2024", "Единый компл. план орг.-метод. поддержки (участие ОО)", "complex-plan"],
    ["tochka-rosta-2024", "ИЛ (согласование с ФО)", "infrastructure-list"],
    // A school's letter «о включении в перечень», its «включение в региональный реестр»: the form's list of schools.
    ["tochka-rosta-2024", "Письмо о включении в перечень", "approve-school-list"],
    ["kvantorium-2024", "Включение лицея в региональный реестр", "approve-register"],
    // The school named in full: «Включение МАОУ «СОШ № 7» в реестр …», «МБОУ «Гимназия «Эрудит»» включена в перечень».
    [
      "kvantorium-2024",
      "Включение МАОУ «СОШ № 7» в реестр организаций – получателей оборудования",
      "approve-register",
    ],
    ["tochka-rosta-2024", "Включение МБОУ «Гимназия «Эрудит»» в перечень организаций", "approve-school-list"],
    ["tochka-rosta-2024", "МБОУ «Ключевская СОШ» включена в перечень организаций", "approve-school-list"],
    // The schools named by their kind: «перечень сельских и малокомплектных школ, на базе которых …».
    [
      "tochka-rosta-2024",
      "Формирование и утверждение перечня сельских и малокомплектных школ, на базе которых в 2027 году создаются Центры",
      "approve-school-list",
    ],
    // A school's «справка о готовности» (to open the centre) is the form's information note of 30 June.
    ["tochka-rosta-2024", "Справка о готовности", "info-reference"],
    ["tochka-rosta-2024", "Справка о готовности помещений центра", "info-reference"],
    // A school's quarterly «отчёт о показателях (центра)» is the form's monitoring of the indicators.
    ["tochka-rosta-2024", "Отчёт о показателях центра", "indicator-monitoring"],
    ["tochka-rosta-2024", "Отчёт по показателям деятельности центра", "indicator-monitoring"],
    // «Представление (предоставление) данных (сведений) по показателям» is that report in other words.
    ["tochka-rosta-2024", "Представление данных по показателям деятельности центра", "indicator-monitoring"],
    ["kvantorium-2024", "Предоставление сведений о показателях Кванториума", "indicator-monitoring"],
    // «Курсы для педагогов (центра)» are their professional development.
    ["tochka-rosta-2024", "Курсы для педагогов центра", "professional-development"],
    ["tochka-rosta-2024", "Курсы для педагогов", "professional-development"],
    // «Закупка (компьютерного) оборудования» as a step of its own is the procurement the form asks to announce.
    ["cos-2024", "Закупка оборудования", "procurement"],
    // «Размещение закупки (ноутбуков, МФУ …)», «закупка размещена в ЕИС»: the procurement announced.
    ["cos-2024", "Размещение закупки ноутбуков, МФУ и интерактивных панелей", "procurement"],
    ["tochka-rosta-2024", "Закупка мебели размещена в ЕИС", "procurement"],
    ["cos-2024", "Размещение закупок", "procurement"],
    ["cos-2024", "Закупка компьютерного оборудования", "procurement"],
    // A school receives what the region buys: «Получение, установка и наладка оборудования» is its delivery and set-up.
    ["cos-2024", "Получение, установка и наладка оборудования", "equipment-delivery"],
    ["cos-2024", "Получение и установка оборудования", "equipment-delivery"],
    // A bare «показатели» among the approvals of a «;» list is the centre's activity indicators.
    ["tochka-rosta-2024", "Дорожная карта школы; положение о центре; показатели", "approve-indicators"],
    ["tochka-rosta-2024", "Показатели; положение о центре", "approve-indicators"],
    // The verb after the object, as a school's plain list writes it: «Показатели центра — утвердить (приказом)».
    [
      "tochka-rosta-2024",
      "Показатели центра (по региональному перечню) — утвердить приказом",
      "approve-indicators",
    ],
  ])("%s: «%s» is %s", (edition, title, item) => {
    expect(itemsOf(edition, title)).toContain(item);
  });

  it.each([
    ["tochka-rosta-2024", "Назначение ответственного за охрану труда"],
    ["tochka-rosta-2024", "Назначение ответственного за пожарную безопасность"],
    ["tochka-rosta-2024", "Определение ответственного за ведение сайта и размещение информации"],
    ["cos-2024", "Проведение краевого семинара для ответственных за ЦОС в школах"],
    ["cos-2024", "Обучение ответственных за ЦОС в образовательных организациях"],
    ["cos-2024", "Обучающий семинар для ответственных за внедрение ЦОС в муниципальных районах"],
    ["tochka-rosta-2024", "Совещание с ответственными за создание центров в районах"],
  ])("%s: «%s» is not the official", (edition, title) => {
    expect(itemsOf(edition, title)).not.toContain("approve-official");
  });

  // Only the step that is the procurement: a specification «на закупку оборудования» is not the announcement.
  it("cos-2024: «Формирование технических заданий на закупку оборудования» stays the only procurement row", () => {
    const m = matchRoadmap(
      buildRoadmap([
        { title: "Формирование технических заданий на закупку оборудования", deadline: "05.02.2027" },
        { title: "Объявление закупок оборудования", deadline: "01.03.2027" },
      ]),
      getEdition("cos-2024")!,
      { targetYear: 2027 },
    );
    expect(m.byRow.get(1)?.map((c) => c.itemId)).toContain("procurement");
  });
});
