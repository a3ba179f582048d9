//! One module per screen of the process.
pub mod contesto;
pub mod coprogettazione;
pub mod fondamenta;
pub mod matrice;
pub mod not_built;
pub mod plans;
pub mod print;
pub mod rete;
