//! How facet values read in each language, against the real catalogue.

mod common;

use diaspora_core::display::facet_value_label;
use diaspora_core::search::FacetKind;
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
