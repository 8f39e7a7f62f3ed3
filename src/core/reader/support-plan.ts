// The complex plan under another name: «План(-график) мероприятий по организационно-методической поддержке центров
// «Точка роста», детских технопарков «Кванториум» … и центров «IT-куб»» — regions drop «(единый) комплексный».
import { normalize } from "./normalize";

const PLAN_OF_SUPPORT =
  /план[а-я]*(?:\s*-\s*график[а-я]*)?\s+мероприяти[а-я]*\s+по\s+(?:организационно\s*-\s*)?методическ[а-я]*\s+(?:поддержк|сопровождени)[а-я]*/;

/**
 * The words naming a plan of methodical support for two or more of the programmes, or null. One programme's own plan
 * («… поддержке центров «Точка роста»») is not the federal complex plan, which covers all the centres together.
 */
export function supportPlanWords(text: string, programmes: number): string | null {
  const m = programmes >= 2 ? PLAN_OF_SUPPORT.exec(normalize(text)) : null;
  return m ? text.slice(m.index, m.index + m[0].length) : null;
}
