//! How facet values read in each language, against the real catalogue.

mod common;

use diaspora_core::present::display::{facet_value_label, years_and_status};
use diaspora_core::request::FacetKind;
use diaspora_core::Lang;

#[test]
fn facet_values_read_as_names_and_labels_in_each_language() {
    let catalogue = common::catalogue();
    let label = |kind, value, lang| facet_value_label(&catalogue, kind, value, lang).to_owned();
    assert_eq!(label(FacetKind::Origin, "SN", Lang::Fr), "Sénégal");
    assert_eq!(label(FacetKind::Residence, "CI", Lang::En), "Côte d’Ivoire");
    assert_eq!(label(FacetKind::Region, "002", Lang::Fr), "Afrique");
    assert_eq!(
        label(FacetKind::Theme, "remittances", Lang::Fr),
        "Transferts de fonds"
    );
    assert_eq!(label(FacetKind::Status, "ongoing", Lang::En), "Ongoing");
    assert_eq!(label(FacetKind::Implementer, "AFD", Lang::Fr), "AFD");
    assert_eq!(label(FacetKind::Origin, "ZZ", Lang::En), "ZZ");
}

#[test]
fn years_and_status_read_in_each_language() {
    let catalogue = common::catalogue();
    let mida = catalogue
        .programmes
        .iter()
        .find(|p| p.id == "mida")
        .unwrap();
    assert_eq!(
        years_and_status(mida, &catalogue.vocabularies, Lang::Fr),
        "depuis 2001 · En cours"
    );
    let undated = catalogue
        .programmes
        .iter()
        // Without years, and without old evidence (which adds "last confirmed …").
        .find(|p| p.start_year.is_none() && p.end_year.is_none() && p.evidence_year.is_none())
        .unwrap();
    let status = catalogue
        .vocabularies
        .statuses
        .label(undated.status.code(), Lang::En);
    assert_eq!(
        years_and_status(undated, &catalogue.vocabularies, Lang::En),
        status
    );
}
