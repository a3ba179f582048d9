//! Variant (a): the same texts as plain &'static str tables (generated from locales/).
pub struct Texts {
    pub app: App,
    pub plans: Plans,
}
pub struct App {
    pub name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub switch_to_other: &'static str,
    pub switch_to_other_label: &'static str,
    pub footer: &'static str,
}
pub struct Plans {
    pub title: &'static str,
    pub intro: &'static str,
    pub new_title_label: &'static str,
    pub new_title_placeholder: &'static str,
    pub create: &'static str,
    pub empty: &'static str,
    pub list_label: &'static str,
    pub changed: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub rename_save: &'static str,
    pub cancel: &'static str,
    pub duplicate: &'static str,
    pub copy_of: &'static str,
    pub delete: &'static str,
    pub confirm_delete_title: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_delete_yes: &'static str,
    pub storage_used: &'static str,
    pub unknown_comune: &'static str,
}
pub static IT: Texts = Texts {
    app: App { name: "Alleanze", tagline: "Banco di lavoro per le alleanze di scopo", skip_to_content: "Vai al contenuto", switch_to_other: "English", switch_to_other_label: "Switch to English", footer: "I piani restano in questo browser: nulla lascia il computer se non lo esporti tu." },
    plans: Plans { title: "I tuoi piani", intro: "Ogni piano descrive un'alleanza di scopo promossa dal Comune. I piani sono salvati automaticamente in questo browser.", new_title_label: "Titolo del nuovo piano", new_title_placeholder: "Es. Alleanza per l'inclusione – Ambito Nord", create: "Crea piano", empty: "Non ci sono ancora piani. Creane uno per iniziare.", list_label: "Elenco dei piani", changed: "Modificato il {{ when }}", open: "Apri", rename: "Rinomina", rename_label: "Nuovo titolo per «{{ title }}»", rename_save: "Salva titolo", cancel: "Annulla", duplicate: "Duplica", copy_of: "Copia di {{ title }}", delete: "Elimina", confirm_delete_title: "Eliminare il piano?", confirm_delete: "Il piano «{{ title }}» sarà eliminato da questo browser. Potrai annullare finché questa pagina resta aperta.", confirm_delete_yes: "Sì, elimina", storage_used: "Spazio usato dai piani: {{ used }} kB (il browser ne concede circa 5000 kB).", unknown_comune: "Comune promotore non indicato" },
};
pub static EN: Texts = Texts {
    app: App { name: "Alleanze", tagline: "Workbench for purpose alliances", skip_to_content: "Skip to content", switch_to_other: "Italiano", switch_to_other_label: "Passa all'italiano", footer: "Plans stay in this browser: nothing leaves the computer unless you export it." },
    plans: Plans { title: "Your plans", intro: "Each plan describes a purpose alliance promoted by the Comune. Plans are saved automatically in this browser.", new_title_label: "Title of the new plan", new_title_placeholder: "E.g. Inclusion alliance – North district", create: "Create plan", empty: "There are no plans yet. Create one to start.", list_label: "List of plans", changed: "Changed on {{ when }}", open: "Open", rename: "Rename", rename_label: "New title for “{{ title }}”", rename_save: "Save title", cancel: "Cancel", duplicate: "Duplicate", copy_of: "Copy of {{ title }}", delete: "Delete", confirm_delete_title: "Delete the plan?", confirm_delete: "The plan “{{ title }}” will be deleted from this browser. You can undo while this page stays open.", confirm_delete_yes: "Yes, delete", storage_used: "Space used by plans: {{ used }} kB (the browser allows about 5000 kB).", unknown_comune: "Promoting Comune not set" },
};
