// The shared view of a catalogue that every JavaScript peer indexes: one flat document per
// programme with the same fields our engine weighs (title, acronym, organisations, countries,
// labels, summaries), and the facet values the shared facet layer filters on.
// Runs in Node (prebuilding MiniSearch's index) and in the browser.

export const FACET_KEYS = ['origin', 'residence', 'region', 'theme', 'support', 'target', 'org_type', 'org', 'status'];

export function toDocuments(catalogue) {
  const countries = new Map(catalogue.geography.countries.map((c) => [c.code, c]));
  const regions = new Map(catalogue.geography.regions.map((r) => [r.code, r]));
  const labels = (codes, vocabulary) => {
    const terms = new Map(vocabulary.map((t) => [t.code, t]));
    return codes.flatMap((code) => (terms.has(code) ? [terms.get(code).en, terms.get(code).fr] : []));
  };
  const names = (codes) =>
    codes.flatMap((code) => {
      const c = countries.get(code);
      return c ? [c.en, c.fr, ...c.aliases_en, ...c.aliases_fr, code] : [];
    });
  const v = catalogue.vocabularies;
  return catalogue.programmes.map((p, index) => {
    const organisations = [...p.implementers, ...(p.funders ?? []), ...(p.partners ?? [])];
    const real = (codes) => codes.filter((c) => c !== '*');
    return {
      index,
      id: p.id,
      title: [p.title, p.original_title].filter(Boolean).join(' — '),
      acronym: p.acronym ?? '',
      organisations: organisations.map((o) => o.name).join(' · '),
      countries: names([...p.origin_countries, ...p.residence_countries]).join(' · '),
      regions: (p.regions ?? []).flatMap((r) => (regions.has(r) ? [regions.get(r).en, regions.get(r).fr] : [])).join(' · '),
      labels: [...labels(p.themes, v.themes), ...labels(p.support_types, v.support_types), ...labels(p.target_groups, v.target_groups)].join(' · '),
      summary: [p.summary, p.summary_fr].filter(Boolean).join(' '),
      facets: {
        origin: real(p.origin_countries),
        residence: real(p.residence_countries),
        region: p.regions ?? [],
        theme: p.themes,
        support: p.support_types,
        target: p.target_groups,
        org_type: [...new Set(p.implementers.map((o) => o.type))],
        org: p.implementers.map((o) => o.name),
        status: [p.status],
      },
      start_year: p.start_year ?? null,
    };
  });
}

/** The fields the text engines index, with the same relative weights as ours. */
export const FIELD_BOOSTS = {
  title: 6,
  acronym: 6,
  organisations: 3,
  countries: 3,
  regions: 1.5,
  labels: 2,
  summary: 1,
};
