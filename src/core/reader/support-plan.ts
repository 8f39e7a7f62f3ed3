// The complex plan under another name: «План(-график) мероприятий по организационно-методической поддержке центров
// «Точка роста», детских технопарков «Кванториум» … и центров «IT-куб»» — regions drop «(единый) комплексный».
import type { ProgrammeId } from "../programmes";
import { normalize } from "./normalize";

// «План мероприятий по …», «План работы по …», «ПЛАН организационно-методической поддержки …»; words between
// («План-график мероприятий регионального координатора по поддержке …», «План мероприятий технопарка … на базе МАОУ
// «Лицей № 4» по организационно-методической поддержке …»).
const PLAN_OF_SUPPORT =
  /план[а-я]*(?:\s*-\s*график[а-я]*)?\s+(?:(?:(?:мероприяти|работ)[а-я]*\s+)?(?:по\s+)?(?:организационно\s*-\s*)?методическ[а-я]*|(?:мероприяти|работ)[а-я]*\s+[^.;]{0,120}?(?<![а-я])по\s+(?:организационно\s*-\s*)?(?:методическ[а-я]*\s+)?)\s*(?:поддержк|сопровождени)[а-я]*/;
const METHODICAL_SUPPORT = /методическ[а-я]*\s+(?:поддержк|сопровождени)/;
// «на 2026/2027 учебный год»: a plan over a school year; the programmes' own roadmaps run over calendar years.
const SCHOOL_YEAR = /учебн[а-я]*\s+год/;

/**
 * The centres by the federal project's descriptive names, without their brand: «центры образования
 * естественно-научной и технологической направленностей» (Точка роста), «(детские) технопарки» (Кванториум),
 * «центры цифрового образования детей» (IT-куб). Only a plan of support is read by them: elsewhere a brand decides.
 */
const DESCRIPTIVE_NAMES: [ProgrammeId, RegExp][] = [
  [
    "tochka-rosta",
    /центр[а-я]*\s+образовани[а-я]*\s+естественно\s*-?\s*научн[а-я]*(?:\s+и\s+технологическ[а-я]*)?\s+направленност/,
  ],
  ["kvantorium", /технопарк/],
  ["it-cube", /центр[а-я]*\s+цифров[а-я]*\s+образовани[а-я]*/],
];

/**
 * The words naming a plan of methodical support for two or more of the programmes (by brand, `named`, or by their
 * descriptive names), or null. One programme's own plan is its share of the complex plan when it runs over a school
 * year or is a plan of methodical support (a district with only «Точка роста» centres, a school's technopark, writes
 * its share of the plan for them alone).
 */
// «План работы центра «Точка роста» МБОУ … на 2026/2027 учебный год», «План учебно-воспитательных, внеурочных и
// социокультурных мероприятий центра …»: a centre's own plan for the school year (its events may be qualified).
const CENTRE_PLAN =
  /план[а-я]*\s+(?:[а-я]+(?:\s*-\s*[а-я]+)*\s*,?\s+(?:и\s+)?){0,4}(?:работ[а-я]*|мероприяти[а-я]*)\s+(?:центр|кванториум|технопарк)[а-я]*/;

export function supportPlanWords(text: string, named: ReadonlySet<ProgrammeId>): string | null {
  const n = normalize(text);
  // A centre's plan of work for a school year is its share of the complex plan (its roadmap runs over a calendar year)
  // — but an IT-куб centre's own plan of work is the centre's: no known form, so it is not judged by the plan's.
  const own = CENTRE_PLAN.exec(n);
  const itCubeOnly = named.size === 1 && named.has("it-cube");
  if (own && SCHOOL_YEAR.test(n) && !itCubeOnly) return text.slice(own.index, own.index + own[0].length);
  const m = PLAN_OF_SUPPORT.exec(n);
  if (!m) return null;
  const all = new Set(named);
  for (const [id, re] of DESCRIPTIVE_NAMES) if (re.test(n)) all.add(id);
  // One programme's plan of methodical support is its share of the plan too (every corpus author reads it so); a plan
  // «по поддержке функционирования» of one programme may be its roadmap.
  return all.size >= 2 || SCHOOL_YEAR.test(n) || METHODICAL_SUPPORT.test(n)
    ? text.slice(m.index, m.index + m[0].length)
    : null;
}
