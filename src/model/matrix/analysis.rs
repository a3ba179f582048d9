//! What the canvas knows that a whiteboard does not: coverage of each cell
//! against the priority of its need, gaps, and duplications.
//!
//! Definitions (also explained in the legend):
//! - the **priority** of a cell is the highest priority (1–5) of the needs
//!   stated for its thematic area in the context analysis;
//! - a cell is a **gap** when its priority is at least [`HIGH_PRIORITY`] and no
//!   alliance covers it;
//! - two items on the same cell **overlap** (a duplication) when
//!   - two alliances share at least one partner (lead or member), or their
//!     objectives overlap (see [`objective_overlap`]) by at least
//!     [`OVERLAP_THRESHOLD`];
//!   - an alliance and a registered intervention acting on that territory and
//!     theme (not one the alliance itself carries out) have the intervention's
//!     promoter among the alliance's partners, or the intervention's title
//!     overlaps the alliance's objective by at least [`OVERLAP_THRESHOLD`].
use super::{Alliance, Cell};
use crate::model::ids::PlanId;
use crate::model::plan::Plan;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// Needs of this priority or higher must have an alliance.
pub const HIGH_PRIORITY: u8 = 4;
/// Share of the shorter text's significant words found in the other text.
pub const OVERLAP_THRESHOLD: f32 = 0.5;
/// At least this many significant words in common, so one word never suffices.
const MIN_SHARED_WORDS: usize = 2;

/// Words too common in this domain to say two objectives are alike.
const STOPWORDS: &[&str] = &[
    "alla",
    "alle",
    "agli",
    "allo",
    "anche",
    "come",
    "con",
    "dalla",
    "dalle",
    "dagli",
    "degli",
    "della",
    "delle",
    "dello",
    "nella",
    "nelle",
    "negli",
    "nello",
    "sono",
    "sulla",
    "sulle",
    "questo",
    "questa",
    "verso",
    "loro",
    "tutti",
    "tutte",
    "attraverso",
    "essere",
    "cittadini",
    "cittadine",
    "paesi",
    "terzi",
    "integrazione",
    "rete",
    "alleanza",
    "servizi",
    "servizio",
    "with",
    "from",
    "that",
    "this",
    "their",
    "into",
];

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// The significant words of the texts the last analysis compared (alliance
/// objectives, intervention titles), so the next one, after an edit that
/// did not change them, does not split and lowercase them again.
#[derive(Debug, Default)]
pub struct WordCache {
    words: FxHashMap<String, (Rc<BTreeSet<String>>, bool)>,
}

impl WordCache {
    fn get(&mut self, text: &str) -> Rc<BTreeSet<String>> {
        if let Some((set, used)) = self.words.get_mut(text) {
            *used = true;
            return set.clone();
        }
        let set = Rc::new(words(text));
        self.words.insert(text.to_owned(), (set.clone(), true));
        set
    }

    /// Forgets the texts the last analysis did not ask for.
    fn sweep(&mut self) {
        self.words.retain(|_, (_, used)| std::mem::take(used));
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// How much two texts say the same thing: the share of the shorter text's
/// significant words (4+ letters, not a stopword) found in the other, or 0
/// when fewer than two significant words are shared.
pub fn objective_overlap(a: &str, b: &str) -> f32 {
    overlap_of(&words(a), &words(b))
}

fn overlap_of(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let shared = a.intersection(b).count();
    if shared < MIN_SHARED_WORDS {
        return 0.0;
    }
    shared as f32 / a.len().min(b.len()) as f32
}

/// How a cell stands against its need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coverage {
    /// At least one alliance acts here.
    Covered,
    /// A high-priority need and no alliance.
    Gap,
    /// A lower-priority need and no alliance.
    Uncovered,
    /// No need stated for this theme and no alliance.
    NoNeed,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CellInfo {
    pub priority: Option<u8>,
    /// Alliances on the cell, in the plan's order.
    pub alliances: Vec<PlanId>,
    /// Registered interventions acting on this territory and theme.
    pub interventions: Vec<PlanId>,
    /// Alliances on the cell flagged by a duplication.
    pub duplicated: Vec<PlanId>,
}

impl CellInfo {
    pub fn coverage(&self) -> Coverage {
        match (self.alliances.is_empty(), self.priority) {
            (false, _) => Coverage::Covered,
            (true, Some(p)) if p >= HIGH_PRIORITY => Coverage::Gap,
            (true, Some(_)) => Coverage::Uncovered,
            (true, None) => Coverage::NoNeed,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub cell: Cell,
    pub priority: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DupWith {
    Alliance(PlanId),
    Intervention(PlanId),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DupReason {
    /// A partner in both (or the intervention's promoter is a partner).
    SharedPartner(PlanId),
    /// Objectives (or objective and title) overlap by this share.
    ObjectiveOverlap(f32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Duplication {
    pub cell: Cell,
    pub alliance: PlanId,
    pub with: DupWith,
    pub reason: DupReason,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MatrixAnalysis {
    pub cells: BTreeMap<Cell, CellInfo>,
    /// High-priority cells with no alliance, highest priority first, then in
    /// the matrix's reading order.
    pub gaps: Vec<Gap>,
    pub duplications: Vec<Duplication>,
}

fn shared_partner(a: &Alliance, b: &Alliance) -> Option<PlanId> {
    a.partners().find(|p| b.has_partner(*p))
}

impl MatrixAnalysis {
    pub fn of(plan: &Plan) -> MatrixAnalysis {
        Self::of_cached(plan, &mut WordCache::default())
    }

    /// [`MatrixAnalysis::of`], reusing the word sets of texts `cache` holds
    /// from the previous call (the result is the same).
    pub fn of_cached(plan: &Plan, cache: &mut WordCache) -> MatrixAnalysis {
        // The cells in reading order, found by position (territory row ×
        // theme column): this runs on every edit of a large plan, where
        // looking up 480 cells keyed by two ids in a tree added up.
        let (territories, themes) = (&plan.axes.territories, &plan.axes.themes);
        let row: FxHashMap<PlanId, usize> = territories
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id, i))
            .collect();
        let col: FxHashMap<PlanId, usize> =
            themes.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
        let at = |c: &Cell| Some(row.get(&c.territory)? * themes.len() + col.get(&c.theme)?);
        let mut out = MatrixAnalysis::default();
        let priorities: Vec<Option<u8>> = themes
            .iter()
            .map(|th| plan.context.priority_of(th.id))
            .collect();
        let mut infos: Vec<CellInfo> = territories
            .iter()
            .flat_map(|_| priorities.iter())
            .map(|priority| CellInfo {
                priority: *priority,
                ..CellInfo::default()
            })
            .collect();
        for a in &plan.alliances {
            for c in &a.cells {
                if let Some(k) = at(c) {
                    infos[k].alliances.push(a.id);
                }
            }
        }
        for i in &plan.context.interventions {
            for t in &i.territories {
                for th in &i.themes {
                    let cell = Cell {
                        territory: *t,
                        theme: *th,
                    };
                    if let Some(k) = at(&cell) {
                        infos[k].interventions.push(i.id);
                    }
                }
            }
        }
        let by_id: FxHashMap<PlanId, &Alliance> =
            plan.alliances.iter().map(|a| (a.id, a)).collect();
        // Word sets only for what shares a cell with something else: on a
        // large matrix most cells hold one item, and this runs on every edit.
        let crowded = || {
            infos.iter().filter(|i| {
                !i.alliances.is_empty() && i.alliances.len() + i.interventions.len() > 1
            })
        };
        let objective_words: FxHashMap<PlanId, Rc<BTreeSet<String>>> = crowded()
            .flat_map(|i| i.alliances.iter())
            .map(|id| (*id, cache.get(&by_id[id].objective)))
            .collect();
        let wanted: FxHashSet<PlanId> = crowded()
            .flat_map(|i| i.interventions.iter().copied())
            .collect();
        let interventions: FxHashMap<PlanId, _> = plan
            .context
            .interventions
            .iter()
            .filter(|i| wanted.contains(&i.id))
            .map(|i| (i.id, (i, cache.get(&i.title))))
            .collect();
        cache.sweep();
        let cells = territories.iter().flat_map(|t| {
            themes.iter().map(move |th| Cell {
                territory: t.id,
                theme: th.id,
            })
        });
        for (cell, info) in cells.clone().zip(infos.iter_mut()) {
            {
                let mut flagged = Vec::new();
                for (n, x) in info.alliances.iter().enumerate() {
                    let a = by_id[x];
                    for y in &info.alliances[n + 1..] {
                        let b = by_id[y];
                        let reason =
                            shared_partner(a, b)
                                .map(DupReason::SharedPartner)
                                .or_else(|| {
                                    let o = overlap_of(&objective_words[x], &objective_words[y]);
                                    (o >= OVERLAP_THRESHOLD)
                                        .then_some(DupReason::ObjectiveOverlap(o))
                                });
                        if let Some(reason) = reason {
                            out.duplications.push(Duplication {
                                cell,
                                alliance: *x,
                                with: DupWith::Alliance(*y),
                                reason,
                            });
                            flagged.extend([*x, *y]);
                        }
                    }
                    for iid in &info.interventions {
                        if a.interventions.contains(iid) {
                            continue;
                        }
                        let (i, title) = &interventions[iid];
                        let reason = i
                            .promoter
                            .filter(|p| a.has_partner(*p))
                            .map(DupReason::SharedPartner)
                            .or_else(|| {
                                let o = overlap_of(&objective_words[x], title);
                                (o >= OVERLAP_THRESHOLD).then_some(DupReason::ObjectiveOverlap(o))
                            });
                        if let Some(reason) = reason {
                            out.duplications.push(Duplication {
                                cell,
                                alliance: *x,
                                with: DupWith::Intervention(*iid),
                                reason,
                            });
                            flagged.push(*x);
                        }
                    }
                }
                flagged.sort();
                flagged.dedup();
                info.duplicated = flagged;
                if let (Coverage::Gap, Some(priority)) = (info.coverage(), info.priority) {
                    out.gaps.push(Gap { cell, priority });
                }
            }
        }
        // Stable sort: reading order is kept within each priority.
        out.gaps.sort_by_key(|g| std::cmp::Reverse(g.priority));
        out.cells = cells.zip(infos).collect();
        out
    }

    pub fn cell(&self, cell: Cell) -> Option<&CellInfo> {
        self.cells.get(&cell)
    }

    /// The duplications that involve an alliance.
    pub fn duplications_of(&self, alliance: PlanId) -> impl Iterator<Item = &Duplication> {
        self.duplications
            .iter()
            .filter(move |d| d.alliance == alliance || d.with == DupWith::Alliance(alliance))
    }
}
