//! The name of an exported package file.

/// `<slug of title>-<YYYY-MM-DD>.alleanza.json`: ASCII, lower case, safe in
/// every mail client and file system.
pub fn package_file_name(title: &str, date: chrono::NaiveDate) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("piano");
    }
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    format!("{slug}-{y:04}-{m:02}-{d:02}.alleanza.json")
}

/// The file of an exercise handed in: `<trainee>-<title>-<YYYY-MM-DD>.alleanza.json`.
pub fn handed_in_file_name(trainee: &str, title: &str, date: chrono::NaiveDate) -> String {
    package_file_name(&format!("{trainee} {title}"), date)
}

/// Italian accented letters to their base letter, so «Università» gives "universita".
fn fold_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' => 'u',
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::{handed_in_file_name, package_file_name};
    use chrono::NaiveDate;

    #[test]
    fn the_file_name_is_a_safe_slug_of_the_title_and_the_date() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(
            package_file_name("Alleanza per l'Università — Ambito Nord!", d),
            "alleanza-per-l-universita-ambito-nord-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("<script>", d),
            "script-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("   ", d),
            "piano-2026-11-28.alleanza.json"
        );
        assert_eq!(
            package_file_name("مرحبا 🙂", d),
            "piano-2026-11-28.alleanza.json"
        );
    }

    #[test]
    fn a_handed_in_file_starts_with_the_trainees_name() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(
            handed_in_file_name("Anna Bianchi", "Esercizio vuoto", d),
            "anna-bianchi-esercizio-vuoto-2026-11-28.alleanza.json"
        );
    }
}
