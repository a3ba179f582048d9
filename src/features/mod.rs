//! One module per screen of the process.
pub mod contesto;
pub mod coprogettazione;
pub mod fondamenta;
pub mod formalizzazione;
pub mod guida;
pub mod matrice;
pub mod plans;
pub mod print;
pub mod rete;
