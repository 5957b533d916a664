// Shows a methodology by its decision ("Quyết định 922/QĐ-BTTTT ngày 20/05/2022") rather than
// the store's id, reading the same frameworks file the app ships as reference data.
import frameworks from '../../../../resources/reference/dti_frameworks.json';

const DECISIONS = new Map<string, string>(
  (frameworks as { methodologies: { id: string; decision: string }[] }).methodologies.map((m) => [
    m.id,
    m.decision,
  ]),
);

export const methodologyLabel = (id: string): string => DECISIONS.get(id) ?? id;
