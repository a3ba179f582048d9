//! The plain-text summary of a plan for the body of an email, for people who
//! will not open the app. Text only: user text is cleaned of control and
//! bidirectional-override characters, so nothing in the mail can run or
//! disguise itself.
use super::plan::{Plan, StakeholderKind};

/// The words of the summary in the user's language (the model has no locale).
pub struct SummaryLabels<'a> {
    pub heading: &'a str,
    pub comune: &'a str,
    pub objective: &'a str,
    pub target: &'a str,
    pub formalise_yes: &'a str,
    pub formalise_no: &'a str,
    pub parties: &'a str,
    pub territories: &'a str,
    pub themes: &'a str,
    pub priority_needs: &'a str,
    pub next_steps: &'a str,
    pub attachment: &'a str,
    pub not_set: &'a str,
    pub kind: &'a dyn Fn(StakeholderKind) -> &'a str,
    /// Extra lines from later steps (alliances by cell, next steps, …).
    pub extra: Vec<(String, Vec<String>)>,
}

/// Removes what could run, hide or spoof in a plain-text mail: control
/// characters (a line break becomes a space) and bidi overrides/isolates.
pub fn clean_line(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' || c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn or_not_set(text: &str, labels: &SummaryLabels) -> String {
    let t = clean_line(text);
    if t.is_empty() {
        labels.not_set.to_owned()
    } else {
        t
    }
}

/// The alliances cell by cell: `Territorio × Area: Alleanza A, Alleanza B`,
/// in the order of the matrix (rows, then columns).
pub fn alliances_by_cell(plan: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    for t in &plan.axes.territories {
        for th in &plan.axes.themes {
            let cell = super::matrix::Cell {
                territory: t.id,
                theme: th.id,
            };
            let names: Vec<String> = plan
                .alliances
                .iter()
                .filter(|a| a.covers(cell))
                .map(|a| clean_line(&a.name))
                .collect();
            if !names.is_empty() {
                out.push(format!(
                    "{} × {}: {}",
                    clean_line(&t.name),
                    clean_line(&th.name),
                    names.join(", ")
                ));
            }
        }
    }
    out
}

/// The parties of the act with their signing role: `Ente — ruolo, ufficio`.
pub fn signatories(plan: &Plan) -> Vec<String> {
    super::formal::parties(plan)
        .map(|s| {
            let role = plan
                .formalisation
                .representative(s.id)
                .map(|r| {
                    [clean_line(&r.role), clean_line(&r.office)]
                        .into_iter()
                        .filter(|x| !x.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            let name = clean_line(&s.name);
            if role.is_empty() {
                name
            } else {
                format!("{name} — {role}")
            }
        })
        .collect()
}

/// The summary, ready to paste into a mail; `file_name` is the attached package.
pub fn email_summary(plan: &Plan, labels: &SummaryLabels, file_name: &str) -> String {
    let f = &plan.foundations;
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("{}: {}", labels.heading, clean_line(&plan.title)));
    line(String::new());
    line(format!(
        "{}: {}",
        labels.comune,
        or_not_set(&f.promoter_comune, labels)
    ));
    line(format!(
        "{}: {}",
        labels.objective,
        or_not_set(&f.shared_objective, labels)
    ));
    line(format!(
        "{}: {}",
        labels.target,
        or_not_set(&f.target_population, labels)
    ));
    line(
        if f.intent_to_formalise {
            labels.formalise_yes
        } else {
            labels.formalise_no
        }
        .to_owned(),
    );
    let mut list = |title: &str, items: Vec<String>| {
        line(String::new());
        line(format!("{title} ({})", items.len()));
        for item in items {
            line(format!("- {item}"));
        }
    };
    list(
        labels.parties,
        plan.stakeholders
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    or_not_set(&s.name, labels),
                    (labels.kind)(s.kind)
                )
            })
            .collect(),
    );
    list(
        labels.territories,
        plan.axes
            .territories
            .iter()
            .map(|t| clean_line(&t.name))
            .collect(),
    );
    list(
        labels.themes,
        plan.axes
            .themes
            .iter()
            .map(|t| clean_line(&t.name))
            .collect(),
    );
    let mut needs: Vec<(u8, String)> = plan
        .context
        .needs
        .iter()
        .filter(|n| n.priority >= 4)
        .map(|n| {
            let theme = plan
                .axes
                .themes
                .iter()
                .find(|t| t.id == n.theme)
                .map(|t| clean_line(&t.name))
                .unwrap_or_default();
            (
                n.priority,
                format!("{theme} ({}/5): {}", n.priority, clean_line(&n.description)),
            )
        })
        .collect();
    needs.sort_by_key(|(p, _)| std::cmp::Reverse(*p));
    list(
        labels.priority_needs,
        needs.into_iter().map(|(_, s)| s).collect(),
    );
    for (title, items) in &labels.extra {
        list(title, items.iter().map(|i| clean_line(i)).collect());
    }
    line(String::new());
    line(format!("{}: {}", labels.attachment, file_name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{sequential_ids, AxisItem, Need, PlanId, Stakeholder};
    use chrono::{TimeZone, Utc};

    fn labels<'a>(kind: &'a dyn Fn(StakeholderKind) -> &'a str) -> SummaryLabels<'a> {
        SummaryLabels {
            heading: "Piano",
            comune: "Comune promotore",
            objective: "Obiettivo condiviso",
            target: "Destinatari",
            formalise_yes: "Il Comune intende formalizzare l'alleanza.",
            formalise_no: "Formalizzazione non ancora decisa.",
            parties: "Parti",
            territories: "Territori",
            themes: "Aree tematiche",
            priority_needs: "Bisogni prioritari",
            next_steps: "Prossimi passi",
            attachment: "File allegato",
            not_set: "(non indicato)",
            kind,
            extra: vec![],
        }
    }

    fn plan() -> Plan {
        let mut ids = sequential_ids(3);
        let mut p = Plan::new(
            PlanId::from_random_bytes([1; 16]),
            "Alleanza Nord",
            Utc.timestamp_opt(0, 0).unwrap(),
            &mut ids,
        );
        p.foundations.promoter_comune = "Comune di Esempio".into();
        p.stakeholders.push(Stakeholder {
            id: ids(),
            name: "ASL Est".into(),
            kind: StakeholderKind::HealthAuthority,
            profile: Default::default(),
            network: Default::default(),
        });
        p.axes.territories.push(AxisItem {
            id: ids(),
            name: "Quartiere 1".into(),
        });
        let theme = p.axes.themes[2].id;
        // Built from JSON so that fields added to `Need` later keep their defaults.
        let need: Need = serde_json::from_value(serde_json::json!({
            "id": ids(), "theme": theme, "priority": 5, "description": "Tirocini"
        }))
        .unwrap();
        p.context.needs.push(need);
        p
    }

    #[test]
    fn the_summary_lists_the_plan_in_plain_text_with_the_attachment_name() {
        let kind = |_k: StakeholderKind| "ASL / azienda sanitaria";
        let text = email_summary(
            &plan(),
            &labels(&kind),
            "alleanza-nord-2026-11-28.alleanza.json",
        );
        assert!(text.starts_with("Piano: Alleanza Nord\n"));
        assert!(text.contains("Comune promotore: Comune di Esempio\n"));
        assert!(text.contains("Obiettivo condiviso: (non indicato)\n"));
        assert!(text.contains("Parti (1)\n- ASL Est (ASL / azienda sanitaria)\n"));
        assert!(text.contains("Territori (1)\n- Quartiere 1\n"));
        assert!(text.contains("Bisogni prioritari (1)\n- Inclusione lavorativa (5/5): Tirocini\n"));
        assert!(text.ends_with("File allegato: alleanza-nord-2026-11-28.alleanza.json\n"));
    }

    #[test]
    fn alliances_are_listed_by_cell_and_parties_with_their_signing_role() {
        use crate::model::formal::Representative;
        use crate::model::matrix::{Alliance, Cell, NetworkStage};
        let mut p = plan();
        let (t, theme) = (p.axes.territories[0].id, p.axes.themes[2].id);
        let mut a = Alliance::new(PlanId::from_random_bytes([9; 16]), "Lavoro\nNord");
        a.cells = vec![Cell {
            territory: t,
            theme,
        }];
        p.alliances.push(a);
        assert_eq!(
            alliances_by_cell(&p),
            ["Quartiere 1 × Inclusione lavorativa: Lavoro Nord"]
        );
        assert!(
            signatories(&p).is_empty(),
            "a body still contacted is no party"
        );
        let asl = p.stakeholders[0].id;
        p.stakeholders[0].network.stage = NetworkStage::Aderente;
        assert_eq!(signatories(&p), ["ASL Est"]);
        p.formalisation.representatives.push(Representative {
            partner: asl,
            role: "Direttore generale".into(),
            office: "Sede \u{202E}legale".into(),
        });
        assert_eq!(
            signatories(&p),
            ["ASL Est — Direttore generale, Sede legale"]
        );
    }

    #[test]
    fn hostile_text_cannot_break_lines_or_reorder_what_the_reader_sees() {
        assert_eq!(clean_line("a\nb\r\nc\u{0}d"), "a b cd");
        assert_eq!(clean_line("evil\u{202E}txt.exe"), "eviltxt.exe");
        assert_eq!(
            clean_line("<script>alert(1)</script>"),
            "<script>alert(1)</script>"
        );
        assert_eq!(clean_line("مرحبا 🙂"), "مرحبا 🙂");
    }
}
