//! The standard text traits, shared by [`Role`](crate::Role) and
//! [`Family`](crate::Family) so both behave the same way.

/// Implements `Display` (the canonical text, honouring width and alignment),
/// `FromStr` and `TryFrom<&str>` (the lenient parser) and `From<T> for &str`.
macro_rules! text_traits {
    ($ty:ident, $parse:ident, $text:ident) => {
        impl core::fmt::Display for $ty {
            #[doc = concat!("Writes [`", stringify!($ty), "::", stringify!($text), "`], honouring width and alignment.")]
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.pad(self.$text())
            }
        }

        impl core::str::FromStr for $ty {
            type Err = $crate::TitleError;

            #[doc = concat!("The same as [`", stringify!($ty), "::", stringify!($parse), "`].")]
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $ty::$parse(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::TitleError;

            #[doc = concat!("The same as [`", stringify!($ty), "::", stringify!($parse), "`].")]
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                $ty::$parse(value)
            }
        }

        impl From<$ty> for &'static str {
            #[doc = concat!("[`", stringify!($ty), "::", stringify!($text), "`].")]
            fn from(value: $ty) -> Self {
                value.$text()
            }
        }
    };
}

pub(crate) use text_traits;
