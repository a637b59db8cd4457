// Wording of the monthly figures in updates and the filing deadline (docs/fields.en.md, docs/supervisors.en.md).

const enFigures: Record<string, string> = { invested: 'investment completed this year', funds: 'funds in place' };

export const enHeadline = {
  figureOnlyIn: (key: string, list: string) =>
    `unknown field "${key}": ${enFigures[key] ?? key} belongs only in the monthly updates of ${list}`,
  filingOpen: (month: string, deadline: string, units: string) =>
    `Returns for ${month} are due by ${deadline} (inclusive) and still open: the result will change as updates ` +
    `come in. ${units}`,
  filingUnits: (...units: string[]) => `Not filed yet: ${units.join(', ')}.`,
  filingAllIn: () => 'Every unit has filed.',
  filingUnit: (unit: string, items: number) => `${unit} (${items} item${items === 1 ? '' : 's'})`,
  filingCommitted: (month: string, deadline: string) =>
    `committing the report publishes ${month}'s result: an update filed by the deadline (${deadline}) that changes ` +
    'it will need an amendment; preview with --no-commit and commit after the deadline.',
};
