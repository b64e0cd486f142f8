//! WebAssembly bindings for `digital-health-roles` (work in progress).
