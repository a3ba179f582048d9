//! 40 × 12 cells of buttons; a click selects a cell (the selected one is
//! highlighted). The smallest Leptos screen comparable to the matrix.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let selected = RwSignal::new(None::<(usize, usize)>);
        request_animation_frame(|| {
            let _ = window()
                .performance()
                .map(|p| p.mark("yardstick-ready"));
        });
        view! {
            <table>
                {(0..40).map(|r| view! {
                    <tr>
                        {(0..12).map(|c| {
                            let sel = Memo::new(move |_| selected.get() == Some((r, c)));
                            view! {
                                <td><button class:selected=move || sel.get()
                                    on:click=move |_| selected.set(Some((r, c)))>
                                    {format!("{r}·{c}")}
                                </button></td>
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </table>
        }
    });
}
