//! Putting partners into alliances and alliances into cells, three ways that
//! end in the same functions: HTML5 drag and drop, click to pick then click to
//! place, and the keyboard (Enter/Space to pick, Tab or arrows to a target,
//! Enter to place, Escape to cancel). Refused drops say why.
use super::{use_matrix, MatrixCtx};
use crate::i18n::*;
use crate::model::matrix::{
    can_add_member, can_join_alliances, can_place, move_cell, AllianceMember, Cell, MatrixEdit,
    Refusal,
};
use crate::model::{Edit, PlanId};
use crate::state::{use_app, AppContext};
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// What the user is carrying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picked {
    Partner(PlanId),
    /// An alliance, from the palette (`from: None`, placing adds a cell) or
    /// from a cell (placing moves it there).
    Alliance {
        id: PlanId,
        from: Option<Cell>,
    },
}

pub fn refusal_text(i18n: I18nContext<Locale>, r: Refusal) -> &'static str {
    match r {
        Refusal::AlreadyMember => t_string!(i18n, matrice.refused_member),
        Refusal::IsLead => t_string!(i18n, matrice.refused_lead),
        Refusal::NotInterested => t_string!(i18n, matrice.refused_not_interested),
        Refusal::AlreadyInCell => t_string!(i18n, matrice.refused_in_cell),
        Refusal::UnknownTarget => t_string!(i18n, matrice.refused_unknown),
    }
}

fn picked_name(ctx: MatrixCtx, picked: Picked) -> String {
    match picked {
        Picked::Partner(p) => ctx.partner_name(p),
        Picked::Alliance { id, .. } => ctx.label(id).map(|l| l.name).unwrap_or_default(),
    }
}

/// The drag-and-drop actions, taken from context while a component is built
/// (event handlers run outside the reactive owner, so they cannot look it up).
#[derive(Clone, Copy)]
pub struct Dnd {
    app: AppContext,
    ctx: MatrixCtx,
    i18n: I18nContext<Locale>,
}

impl Dnd {
    pub fn new() -> Self {
        Dnd {
            app: use_app(),
            ctx: use_matrix(),
            i18n: use_i18n(),
        }
    }

    /// Whether `what` may be carried at all; if not, says why. A partner
    /// that can join no alliance is refused here, once, rather than by every
    /// target (marking them all made such a pick the slowest interaction of
    /// a large matrix: 90-105 ms at 4x CPU against 50-70 for the others).
    fn can_carry(self, what: Picked) -> bool {
        let Dnd { app, ctx, i18n } = self;
        let Picked::Partner(partner) = what else {
            return true;
        };
        let check = app
            .with_plan(|p| can_join_alliances(p, partner))
            .unwrap_or(Err(Refusal::UnknownTarget));
        match check {
            Ok(()) => true,
            Err(r) => {
                let (name, why) = (ctx.partner_name(partner), refusal_text(i18n, r));
                let text = t_string!(i18n, matrice.refused_pick, name = name, why = why);
                ctx.message.set(text.to_string());
                false
            }
        }
    }

    /// Toggles `what` as the carried item and says so.
    pub fn pick(self, what: Picked) {
        let Dnd { ctx, i18n, .. } = self;
        if !self.can_carry(what) {
            return;
        }
        if ctx.picked.get_untracked() == Some(what) {
            ctx.picked.set(None);
            ctx.message
                .set(t_string!(i18n, matrice.pick_cancelled).to_owned());
        } else {
            ctx.picked.set(Some(what));
            let name = picked_name(ctx, what);
            ctx.message
                .set(t_string!(i18n, matrice.picked, name = name).to_string());
        }
    }

    /// Places the carried item on `cell`.
    pub fn drop_on_cell(self, cell: Cell) {
        let Dnd { app, ctx, i18n } = self;
        let Some(picked) = ctx.picked.get_untracked() else {
            return;
        };
        let cell_name = ctx.cell_name(cell);
        let Picked::Alliance { id, from } = picked else {
            ctx.message
                .set(t_string!(i18n, matrice.refused_partner_on_cell).to_owned());
            return;
        };
        let check = app
            .with_plan(|p| can_place(p, id, cell))
            .unwrap_or(Err(Refusal::UnknownTarget));
        if let Err(r) = check {
            let why = refusal_text(i18n, r);
            ctx.message
                .set(t_string!(i18n, matrice.refused, why = why).to_string());
            return;
        }
        let edit = match from {
            Some(from) => app.with_plan(|p| move_cell(p, id, from, cell)),
            None => app.with_plan(|p| {
                let index = p
                    .alliances
                    .iter()
                    .find(|a| a.id == id)
                    .map_or(0, |a| a.cells.len());
                Edit::Matrix(MatrixEdit::InsertCell {
                    alliance: id,
                    index,
                    cell,
                })
            }),
        };
        if let Some(edit) = edit {
            if app.apply_edit(edit).is_ok() {
                let name = picked_name(ctx, picked);
                ctx.message.set(
                    t_string!(i18n, matrice.placed, name = name, cell = cell_name).to_string(),
                );
                ctx.picked.set(None);
            }
        }
    }

    /// Puts the carried partner into `alliance` (or, for a carried alliance,
    /// places it on the cell the target alliance is drawn in).
    pub fn drop_on_alliance(self, alliance: PlanId, cell: Option<Cell>) {
        let Dnd { app, ctx, i18n } = self;
        let Some(picked) = ctx.picked.get_untracked() else {
            return;
        };
        let partner = match picked {
            Picked::Partner(p) => p,
            Picked::Alliance { .. } => {
                match cell {
                    Some(cell) => self.drop_on_cell(cell),
                    None => ctx
                        .message
                        .set(t_string!(i18n, matrice.refused_alliance_on_alliance).to_owned()),
                }
                return;
            }
        };
        let check = app
            .with_plan(|p| can_add_member(p, alliance, partner))
            .unwrap_or(Err(Refusal::UnknownTarget));
        if let Err(r) = check {
            let why = refusal_text(i18n, r);
            ctx.message
                .set(t_string!(i18n, matrice.refused, why = why).to_string());
            return;
        }
        let index = app
            .with_plan(|p| {
                p.alliances
                    .iter()
                    .find(|a| a.id == alliance)
                    .map_or(0, |a| a.members.len())
            })
            .unwrap_or(0);
        let member = AllianceMember {
            partner,
            role: String::new(),
        };
        if app
            .apply_edit(Edit::Matrix(MatrixEdit::InsertMember {
                alliance,
                index,
                member,
            }))
            .is_ok()
        {
            let name = ctx.partner_name(partner);
            let target = ctx.label(alliance).map(|l| l.name).unwrap_or_default();
            ctx.message
                .set(t_string!(i18n, matrice.joined, name = name, alliance = target).to_string());
            ctx.picked.set(None);
        }
    }

    /// Starts an HTML5 drag of `what`.
    pub fn drag_start(self, e: &web_sys::DragEvent, what: Picked) {
        let ctx = self.ctx;
        if !self.can_carry(what) {
            e.prevent_default();
            return;
        }
        if let Some(dt) = e.data_transfer() {
            let _ = dt.set_data("text/plain", &picked_name(ctx, what));
            dt.set_effect_allowed("move");
        }
        ctx.picked.set(Some(what));
    }

    /// Ends any drag: a drop that was refused leaves nothing carried.
    pub fn drag_end(self) {
        let ctx = self.ctx;
        ctx.picked.set(None);
        ctx.hover.set(None);
    }

    /// Highlights the target under the pointer or the focus while
    /// something is carried (one element changes, not the whole canvas).
    pub fn hover_in(self, target: String) {
        let ctx = self.ctx;
        if ctx.picked.with_untracked(Option::is_some)
            && ctx
                .hover
                .with_untracked(|h| h.as_deref() != Some(target.as_str()))
        {
            ctx.hover.set(Some(target));
        }
    }

    /// Takes the highlight off `target` if it has it.
    pub fn hover_out(self, target: &str) {
        let ctx = self.ctx;
        if ctx.hover.with_untracked(|h| h.as_deref() == Some(target)) {
            ctx.hover.set(None);
        }
    }

    /// Lets a drop happen on a target while something is carried.
    pub fn drag_over(self, e: &web_sys::DragEvent, target: String) {
        let ctx = self.ctx;
        if ctx.picked.with_untracked(Option::is_some) {
            e.prevent_default();
            if ctx.hover.get_untracked().as_deref() != Some(target.as_str()) {
                ctx.hover.set(Some(target));
            }
        }
    }
}

/// Tells what is carried and how to place it or cancel.
#[component]
pub fn PickBanner() -> impl IntoView {
    let (ctx, i18n) = (use_matrix(), use_i18n());
    // The area is always there, so showing the banner never moves the
    // targets under a pointer in the middle of a drag.
    view! {
        <div class="pick-area">
        <Show when=move || ctx.picked.with(Option::is_some)>
            <div class="pick-banner" id="pick-banner">
                <p>
                    {move || {
                        let name = ctx.picked.get().map(|p| picked_name(ctx, p)).unwrap_or_default();
                        match ctx.picked.get() {
                            Some(Picked::Partner(_)) => t_string!(i18n, matrice.carrying_partner, name = name).to_string(),
                            _ => t_string!(i18n, matrice.carrying_alliance, name = name).to_string(),
                        }
                    }}
                </p>
                <button type="button" class="btn" on:click=move |_| {
                    ctx.picked.set(None);
                    ctx.message.set(t_string!(i18n, matrice.pick_cancelled).to_owned());
                }>
                    {t!(i18n, matrice.cancel_pick)}
                </button>
            </div>
        </Show>
        </div>
    }
}
