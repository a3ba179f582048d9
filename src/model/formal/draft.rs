//! The draft of the premesse, drawn from the foundations and the context
//! analysis. It is offered to the user, who adopts it and then edits it: the
//! act is an Italian administrative text, so the draft is in Italian whatever
//! the interface language. Only aggregated figures are used.
use crate::model::context::{Funding, TableKind};
use crate::model::matrix::FundingSource;
use crate::model::plan::{Plan, StakeholderKind};
use chrono::{Datelike, NaiveDate};

fn day(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

/// The Italian name of a funding source of the context analysis.
pub fn funding_name(f: Funding) -> &'static str {
    match f {
        Funding::Fami => "FAMI",
        Funding::FsePlus => "FSE+",
        Funding::Pnrr => "PNRR",
        Funding::Regional => "fondi regionali",
        Funding::Municipal => "fondi comunali",
        Funding::Private => "fondi privati",
        Funding::Other => "altri fondi",
    }
}

/// The same, for the funding flags of an alliance.
pub fn source_name(f: FundingSource) -> &'static str {
    match f {
        FundingSource::Fami => funding_name(Funding::Fami),
        FundingSource::FsePlus => funding_name(Funding::FsePlus),
        FundingSource::Pnrr => funding_name(Funding::Pnrr),
        FundingSource::Regional => funding_name(Funding::Regional),
        FundingSource::Municipal => funding_name(Funding::Municipal),
        FundingSource::Private => funding_name(Funding::Private),
    }
}

/// One line of text: what the user typed, without line breaks or padding.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The premesse the plan supports today, one clause per paragraph.
pub fn premesse_draft(plan: &Plan) -> String {
    let f = &plan.foundations;
    let c = &plan.context;
    let mut out: Vec<String> = vec!["PREMESSO CHE".into()];
    let comune = one_line(&f.promoter_comune);
    let comune = if comune.is_empty() {
        "il Comune".to_owned()
    } else {
        comune
    };
    let objective = one_line(&f.shared_objective);
    out.push(if objective.is_empty() {
        format!("- {comune} promuove un'alleanza di scopo tra enti pubblici e privati del territorio per l'integrazione dei cittadini di Paesi terzi;")
    } else {
        format!("- {comune} promuove un'alleanza di scopo tra enti pubblici e privati del territorio con l'obiettivo condiviso di: {objective};")
    });
    let target = one_line(&f.target_population);
    if !target.is_empty() {
        out.push(format!("- l'alleanza si rivolge a: {target};"));
    }
    out.push("- l'art. 15 della legge 7 agosto 1990, n. 241 consente alle amministrazioni pubbliche di concludere tra loro accordi per disciplinare lo svolgimento in collaborazione di attività di interesse comune;".into());
    let third_sector = plan.stakeholders.iter().any(|s| {
        matches!(
            s.kind,
            StakeholderKind::ThirdSector
                | StakeholderKind::MigrantAssociation
                | StakeholderKind::Foundation
        )
    });
    if third_sector {
        out.push("- l'art. 55 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore) e le Linee guida adottate con D.M. 31 marzo 2021, n. 72 disciplinano il coinvolgimento attivo degli enti del Terzo settore nella programmazione e nella progettazione degli interventi;".into());
    }
    out.push(String::new());
    out.push("CONSIDERATO CHE".into());
    let territories: Vec<_> = plan.axes.territories.iter().map(|t| t.id).collect();
    let head = &c.demographics.table(TableKind::Nationality).head;
    let totals = c.demographics.totals(TableKind::Nationality, &territories);
    if let Some(n) = totals.stated.or(totals.any.then_some(totals.sum)) {
        let date = head
            .reference_date
            .map(|d| format!(" (dati al {})", day(d)))
            .unwrap_or_default();
        out.push(format!(
            "- i cittadini di Paesi terzi presenti sul territorio sono {n}{date}, secondo i dati aggregati raccolti nell'analisi di contesto;"
        ));
    }
    let mut needs: Vec<_> = c.needs.iter().collect();
    needs.sort_by_key(|n| std::cmp::Reverse(n.priority));
    if !needs.is_empty() {
        out.push("- dall'analisi di contesto condotta dal Comune con gli enti del territorio emergono i seguenti bisogni:".into());
        for n in needs {
            let theme = plan
                .axes
                .themes
                .iter()
                .find(|t| t.id == n.theme)
                .map(|t| one_line(&t.name))
                .unwrap_or_default();
            let what = one_line(&n.description);
            let sep = if what.is_empty() { "" } else { ": " };
            out.push(format!(
                "  • {theme} (priorità {}/5){sep}{what};",
                n.priority
            ));
        }
    }
    if !c.interventions.is_empty() {
        out.push("- sul territorio sono attivi o programmati i seguenti interventi, con i quali l'alleanza si coordina evitando duplicazioni:".into());
        for i in &c.interventions {
            let mut detail: Vec<String> = Vec::new();
            if let Some(p) = i
                .promoter
                .and_then(|id| plan.stakeholders.iter().find(|s| s.id == id))
            {
                detail.push(one_line(&p.name));
            }
            if let Some(f) = i.funding {
                detail.push(funding_name(f).to_owned());
            }
            let detail = if detail.is_empty() {
                String::new()
            } else {
                format!(" ({})", detail.join(", "))
            };
            out.push(format!("  • {}{detail};", one_line(&i.title)));
        }
    }
    if !c.sources.is_empty() {
        out.push("- l'analisi si fonda sulle seguenti fonti:".into());
        for s in &c.sources {
            let mut line = one_line(&s.description);
            let by = one_line(&s.provided_by);
            if !by.is_empty() {
                line.push_str(&format!(", {by}"));
            }
            if let Some(d) = s.collected_on {
                line.push_str(&format!(", {}", day(d)));
            }
            out.push(format!("  • {line};"));
        }
    }
    out.push(
        "- le Parti intendono formalizzare il proprio impegno comune attraverso il presente atto;"
            .into(),
    );
    out.push(String::new());
    out.push("tutto ciò premesso, le Parti convengono quanto segue.".into());
    out.join("\n")
}
