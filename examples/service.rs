//! An HTTP service that validates job titles: how a service embeds the crate.
//!
//! ```text
//! cargo run --example service -- 127.0.0.1:3000
//! curl -s localhost:3000/validate -H 'content-type: application/json' \
//!      -d '{"title": "Snr Clinical Safety Officer (Band 7)"}'
//! ```
//!
//! Endpoints (every response, errors included, is JSON):
//! - `GET /families`: the 16 families, each with id, name, summary and role ids;
//! - `GET /roles`: the 49 roles, each with id, title and family id;
//! - `GET /roles/{id}`: one role by id, or 404;
//! - `POST /validate` with `{"title": "..."}`: 200 with the parsed title, or
//!   422 with the error and did-you-mean suggestions;
//! - `POST /classify` with `{"title": "..."}`: 200 with the classification
//!   (`"match"` is `exact`, `qualified`, `family`, `ambiguous` or `none`) and
//!   its evidence, for any title made of title characters; 422 for a title
//!   that is empty, too long, or holds control or unsupported characters.
//!
//! For both POST endpoints, malformed JSON is 400, a missing or mistyped
//! field 422, a wrong content type 415 and a body over 16 KiB 413.
//!
//! The library adds no runtime dependency: axum and tokio are the example's.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use digital_health_roles::{Family, MatchKind, Role, TitleError, classify, parse_title, suggest};
use serde::Serialize;
use serde_json::{Map, Value};

/// The largest request body the service reads.
pub const BODY_LIMIT: usize = 16 * 1024;

#[derive(Serialize)]
struct FamilyBody {
    id: &'static str,
    name: &'static str,
    summary: &'static str,
    roles: Vec<&'static str>,
}

#[derive(Serialize)]
struct RoleBody {
    id: &'static str,
    title: &'static str,
    family: &'static str,
}

impl From<Role> for RoleBody {
    fn from(role: Role) -> RoleBody {
        RoleBody {
            id: role.id(),
            title: role.title(),
            family: role.family().id(),
        }
    }
}

#[derive(Serialize)]
struct Validated {
    job_title: String,
    role: &'static str,
    title: &'static str,
    family: &'static str,
    seniority: Option<&'static str>,
    band: Option<String>,
}

#[derive(Serialize)]
struct Piece<'a> {
    part: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Classified<'a> {
    #[serde(rename = "match")]
    kind: &'static str,
    role: Option<&'static str>,
    title: Option<&'static str>,
    family: Option<&'static str>,
    candidates: Vec<&'static str>,
    seniority: Option<&'static str>,
    band: Option<String>,
    term: Option<&'static str>,
    evidence: Vec<Piece<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct Suggestion {
    id: &'static str,
    title: &'static str,
}

#[derive(Serialize)]
struct ErrorBody {
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestions: Option<Vec<Suggestion>>,
}

/// A JSON error response.
fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        Json(ErrorBody {
            error: message.into(),
            suggestions: None,
        }),
    )
        .into_response()
}

async fn families() -> Json<Vec<FamilyBody>> {
    Json(
        Family::ALL
            .iter()
            .map(|family| FamilyBody {
                id: family.id(),
                name: family.name(),
                summary: family.summary(),
                roles: family.roles().iter().map(|role| role.id()).collect(),
            })
            .collect(),
    )
}

async fn roles() -> Json<Vec<RoleBody>> {
    Json(Role::ALL.iter().copied().map(RoleBody::from).collect())
}

async fn role(Path(id): Path<String>) -> Response {
    match Role::from_id(&id) {
        Some(role) => Json(RoleBody::from(role)).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "no role has this id; GET /roles lists them",
        ),
    }
}

/// Reads the request's `title`. The body is read as bytes and parsed here,
/// so that every way a request can be wrong gets a JSON error rather than
/// the framework's plain text.
fn title_of(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<String, (StatusCode, String)> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err((
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the request as JSON, with content-type: application/json".into(),
        ));
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err((
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is over the limit of {BODY_LIMIT} bytes"),
            ));
        }
        Err(rejection) => return Err((rejection.status(), rejection.body_text())),
    };
    // An object with a string `title`: serde_json alone would also take a
    // one-element array for a struct, which no client means to send.
    let request: Map<String, Value> = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) if e.is_data() => {
            return Err((
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("invalid request: expected an object with a string `title` ({e})"),
            ));
        }
        Err(e) => {
            return Err((StatusCode::BAD_REQUEST, format!("malformed JSON: {e}")));
        }
    };
    let title = match request.get("title") {
        Some(Value::String(title)) => title.as_str(),
        Some(other) => {
            let found = match other {
                Value::Null => "null",
                Value::Bool(_) => "a boolean",
                Value::Number(_) => "a number",
                Value::Array(_) => "an array",
                Value::Object(_) => "an object",
                Value::String(_) => "a string",
            };
            return Err((
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("invalid request: `title` must be a string, not {found}"),
            ));
        }
        None => {
            return Err((
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid request: missing field `title`".into(),
            ));
        }
    };
    Ok(title.to_owned())
}

async fn validate(headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let title = match title_of(&headers, body) {
        Ok(title) => title,
        Err((status, message)) => return error(status, message),
    };
    let title = title.as_str();
    match parse_title(title) {
        Ok(parsed) => {
            let role = parsed.role();
            Json(Validated {
                job_title: parsed.to_string(),
                role: role.id(),
                title: role.title(),
                family: role.family().id(),
                seniority: parsed.seniority().map(|s| s.name()),
                band: parsed.bands().map(|b| b.to_string()),
            })
            .into_response()
        }
        Err(e) => {
            let suggestions = suggest(title)
                .map(|role| Suggestion {
                    id: role.id(),
                    title: role.title(),
                })
                .collect();
            let body = ErrorBody {
                error: e.to_string(),
                suggestions: Some(suggestions),
            };
            (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
        }
    }
}

async fn classify_title(headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let title = match title_of(&headers, body) {
        Ok(title) => title,
        Err((status, message)) => return error(status, message),
    };
    match classify(&title) {
        Ok(found) => {
            let role = found.role();
            Json(Classified {
                kind: found.kind().name(),
                role: role.map(Role::id),
                title: role.map(Role::title),
                family: found.family().map(Family::id),
                candidates: if found.kind() == MatchKind::Ambiguous {
                    found.candidates().map(Family::id).collect()
                } else {
                    Vec::new()
                },
                seniority: found.seniority().map(|s| s.name()),
                band: found.bands().map(|b| b.to_string()),
                term: found.term(),
                evidence: found
                    .evidence()
                    .iter()
                    .map(|e| Piece {
                        part: e.part().name(),
                        start: e.range().start,
                        end: e.range().end,
                        text: &title[e.range()],
                    })
                    .collect(),
                error: None,
            })
            .into_response()
        }
        // Well-formed text that names no job of the taxonomy: an answer.
        Err(
            e @ (TitleError::Unknown
            | TitleError::MissingRole
            | TitleError::InvalidBand
            | TitleError::DuplicateSeniority),
        ) => Json(Classified {
            kind: "none",
            role: None,
            title: None,
            family: None,
            candidates: Vec::new(),
            seniority: None,
            band: None,
            term: None,
            evidence: Vec::new(),
            error: Some(e.to_string()),
        })
        .into_response(),
        Err(e) => error(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
    }
}

/// The service's routes, ready to serve.
pub fn router() -> Router {
    Router::new()
        .route("/families", get(families))
        .route("/roles", get(roles))
        .route("/roles/{id}", get(role))
        .route("/validate", post(validate))
        .route("/classify", post(classify_title))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async {
            error(
                StatusCode::METHOD_NOT_ALLOWED,
                "this endpoint does not take that method",
            )
        })
}

#[allow(dead_code)] // The tests include this file for `router` and start their own server.
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    eprintln!("validating job titles on http://{}", listener.local_addr()?);
    axum::serve(listener, router()).await
}
