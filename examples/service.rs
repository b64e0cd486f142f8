//! An HTTP service that validates job titles: how a service embeds the crate.
//!
//! ```text
//! cargo run --example service -- 127.0.0.1:3000
//! cargo run --example service -- 127.0.0.1:3000 --aliases tests/data/vocabulary.csv
//! curl -s localhost:3000/validate -H 'content-type: application/json' \
//!      -d '{"title": "Snr Clinical Safety Officer (Band 7)"}'
//! ```
//!
//! Endpoints (every response, errors included, is JSON; `GET /openapi.json`
//! describes them all, generated from the handlers and types with utoipa):
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
//! - `POST /validate/batch` with `{"titles": ["...", ...]}`: up to 1,000
//!   titles, 200 with one result a title in order (`valid`, then what
//!   `/validate` answers); more titles are 413.
//!
//! For the POST endpoints, malformed JSON is 400, a missing or mistyped
//! field 422, a wrong content type 415 and a body over the limit (16 KiB,
//! 512 KiB for a batch) 413, at once from its `Content-Length` (so a client
//! that sends `Expect: 100-continue` is never invited to upload it).
//!
//! Serving: a header-read timeout (5 s) closes connections that never
//! finish their request line and headers, a request timeout (10 s) answers
//! 408, at most 256 connections are served at once (more wait to be
//! accepted), and Ctrl-C or SIGTERM stops accepting and lets the requests
//! in flight finish.
//!
//! `--aliases FILE` adds an organisation's own aliases and terms (CSV with a
//! header `alias,role` or `term,family`, or JSON when the name ends in
//! `.json`) to `/validate`, `/validate/batch` and `/classify`; a file with
//! a mistake stops the service at start with the line of the mistake.
//!
//! The library adds no runtime dependency: axum and tokio are the example's.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use digital_health_roles::{Family, MatchKind, Role, TitleError, Vocabulary};
use serde::Serialize;
use serde_json::{Map, Value};

/// The organisation's aliases and terms, loaded once at start; empty
/// (the built-in taxonomy alone) unless `--aliases` is given.
pub static VOCABULARY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();

fn vocabulary() -> &'static Vocabulary {
    VOCABULARY.get_or_init(Vocabulary::default)
}

/// The largest request body the service reads.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The largest batch request body: 1,000 titles of up to 256 bytes, quoted.
pub const BATCH_BODY_LIMIT: usize = 512 * 1024;

/// The most titles one batch request may hold.
pub const BATCH_LIMIT: usize = 1_000;

/// How the service serves connections.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// How long a client may take to send its request line and headers.
    pub header_timeout: std::time::Duration,
    /// How long a request may take, body and answer included.
    pub request_timeout: std::time::Duration,
    /// How many connections are served at once.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: std::time::Duration::from_secs(5),
            request_timeout: std::time::Duration::from_secs(10),
            max_connections: 256,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct FamilyBody {
    id: &'static str,
    name: &'static str,
    summary: &'static str,
    roles: Vec<&'static str>,
}

#[derive(Serialize, utoipa::ToSchema)]
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

#[derive(Serialize, utoipa::ToSchema)]
struct Validated {
    job_title: String,
    role: &'static str,
    title: &'static str,
    family: &'static str,
    seniority: Option<&'static str>,
    band: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct Piece<'a> {
    part: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize, utoipa::ToSchema)]
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

#[derive(Serialize, utoipa::ToSchema)]
struct Suggestion {
    id: &'static str,
    title: &'static str,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ErrorBody {
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestions: Option<Vec<Suggestion>>,
}

/// The body of `POST /validate` and `POST /classify`. The handlers read it
/// by hand, to answer every malformed request with a JSON error; this type
/// describes it in the OpenAPI document.
#[allow(dead_code)]
#[derive(utoipa::ToSchema)]
struct TitleRequest {
    /// The job title as it was written.
    title: String,
}

/// The body of `POST /validate/batch`.
#[allow(dead_code)]
#[derive(utoipa::ToSchema)]
struct BatchRequest {
    /// Up to 1,000 job titles.
    titles: Vec<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct BatchBody {
    results: Vec<BatchResult>,
}

/// The OpenAPI document, generated from the handlers and the types above.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "digital-health-roles service",
        description = "Validates and classifies job titles against the SFIA digital health taxonomy."
    ),
    paths(
        families,
        roles,
        role,
        validate,
        validate_batch,
        classify_title,
        openapi
    )
)]
struct ApiDoc;

/// The OpenAPI document of this service.
#[utoipa::path(get, path = "/openapi.json", responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(<ApiDoc as utoipa::OpenApi>::openapi())
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

/// The 16 families.
#[utoipa::path(get, path = "/families", responses((status = 200, body = Vec<FamilyBody>)))]
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

/// The 49 roles.
#[utoipa::path(get, path = "/roles", responses((status = 200, body = Vec<RoleBody>)))]
async fn roles() -> Json<Vec<RoleBody>> {
    Json(Role::ALL.iter().copied().map(RoleBody::from).collect())
}

/// One role by its id.
#[utoipa::path(get, path = "/roles/{id}", params(("id" = String, Path, description = "A role id")),
    responses((status = 200, body = RoleBody), (status = 404, body = ErrorBody)))]
async fn role(Path(id): Path<String>) -> Response {
    match Role::from_id(&id) {
        Some(role) => Json(RoleBody::from(role)).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "no role has this id; GET /roles lists them",
        ),
    }
}

/// Reads the request body as a JSON object. The body is read as bytes and
/// parsed here, so that every way a request can be wrong gets a JSON error
/// rather than the framework's plain text.
fn json_object(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
    expected: &str,
) -> Result<Map<String, Value>, (StatusCode, String)> {
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
                "the request body is over the limit".to_string(),
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
                format!("invalid request: expected {expected} ({e})"),
            ));
        }
        Err(e) => {
            return Err((StatusCode::BAD_REQUEST, format!("malformed JSON: {e}")));
        }
    };
    Ok(request)
}

/// Reads the request's `title`.
fn title_of(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<String, (StatusCode, String)> {
    let request = json_object(headers, body, "an object with a string `title`")?;
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

/// Validates one title as `parse_title` reads it.
#[utoipa::path(post, path = "/validate", request_body = TitleRequest,
    responses((status = 200, body = Validated), (status = 422, body = ErrorBody),
        (status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody)))]
async fn validate(headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let title = match title_of(&headers, body) {
        Ok(title) => title,
        Err((status, message)) => return error(status, message),
    };
    let title = title.as_str();
    match validated(title) {
        Ok(body) => Json(body).into_response(),
        Err(body) => (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response(),
    }
}

/// What `/validate` answers for one title.
fn validated(title: &str) -> Result<Validated, ErrorBody> {
    match vocabulary().parse_title(title) {
        Ok(parsed) => {
            let role = parsed.role();
            Ok(Validated {
                job_title: parsed.to_string(),
                role: role.id(),
                title: role.title(),
                family: role.family().id(),
                seniority: parsed.seniority().map(|s| s.name()),
                band: parsed.bands().map(|b| b.to_string()),
            })
        }
        Err(e) => {
            let suggestions = vocabulary()
                .suggest(title)
                .map(|role| Suggestion {
                    id: role.id(),
                    title: role.title(),
                })
                .collect();
            Err(ErrorBody {
                error: e.to_string(),
                suggestions: Some(suggestions),
            })
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct BatchResult {
    valid: bool,
    #[serde(flatten)]
    valid_body: Option<Validated>,
    #[serde(flatten)]
    error_body: Option<ErrorBody>,
}

/// Validates up to 1,000 titles, answering each in order.
#[utoipa::path(post, path = "/validate/batch", request_body = BatchRequest,
    responses((status = 200, body = BatchBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn validate_batch(headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let request = match json_object(&headers, body, "an object with an array `titles`") {
        Ok(request) => request,
        Err((status, message)) => return error(status, message),
    };
    let Some(Value::Array(titles)) = request.get("titles") else {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid request: expected an object with an array of strings `titles`",
        );
    };
    if titles.len() > BATCH_LIMIT {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "a batch holds at most {BATCH_LIMIT} titles; this one has {}",
                titles.len()
            ),
        );
    }
    let mut results = Vec::with_capacity(titles.len());
    for (index, title) in titles.iter().enumerate() {
        let Value::String(title) = title else {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("invalid request: `titles[{index}]` is not a string"),
            );
        };
        results.push(match validated(title) {
            Ok(body) => BatchResult {
                valid: true,
                valid_body: Some(body),
                error_body: None,
            },
            Err(body) => BatchResult {
                valid: false,
                valid_body: None,
                error_body: Some(body),
            },
        });
    }
    Json(BatchBody { results }).into_response()
}

/// Classifies one title: a role, a family, or the families that compete.
#[utoipa::path(post, path = "/classify", request_body = TitleRequest,
    responses((status = 200, body = Classified), (status = 422, body = ErrorBody)))]
async fn classify_title(headers: HeaderMap, body: Result<Bytes, BytesRejection>) -> Response {
    let title = match title_of(&headers, body) {
        Ok(title) => title,
        Err((status, message)) => return error(status, message),
    };
    match vocabulary().classify(&title) {
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
    router_with(Limits::default())
}

/// The service's routes with the given request timeout.
pub fn router_with(limits: Limits) -> Router {
    let batch = Router::new()
        .route("/validate/batch", post(validate_batch))
        .layer(DefaultBodyLimit::max(BATCH_BODY_LIMIT));
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/families", get(families))
        .route("/roles", get(roles))
        .route("/roles/{id}", get(role))
        .route("/validate", post(validate))
        .route("/classify", post(classify_title))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .merge(batch)
        .layer(axum::middleware::from_fn(body_too_large))
        .layer(axum::middleware::from_fn(move |request, next| {
            deadline(limits.request_timeout, request, next)
        }))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async {
            error(
                StatusCode::METHOD_NOT_ALLOWED,
                "this endpoint does not take that method",
            )
        })
}

/// Answers 413 from the `Content-Length` alone, before the body is read:
/// hyper sends `100 Continue` only when a handler first reads the body, so
/// a client that asked to upload 100 MB is told no at once.
async fn body_too_large(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let limit = if request.uri().path() == "/validate/batch" {
        BATCH_BODY_LIMIT
    } else {
        BODY_LIMIT
    };
    let length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if length.is_some_and(|length| length > limit as u64) {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is over the limit of {limit} bytes"),
        );
    }
    next.run(request).await
}

/// Answers 408 when a request, its body included, takes too long.
async fn deadline(
    timeout: std::time::Duration,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match tokio::time::timeout(timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => error(StatusCode::REQUEST_TIMEOUT, "the request took too long"),
    }
}

/// Serves the routes on `listener` until `shutdown` completes, then stops
/// accepting and waits for the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use std::sync::Arc;

    let app = router_with(limits);
    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        // A connection over the cap waits in the listen queue.
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: try again shortly.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_timeout);
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// Completes on Ctrl-C or, on Unix, SIGTERM.
async fn signalled() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

#[allow(dead_code)] // The tests include this file for `serve` and start their own server.
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let mut address = "127.0.0.1:3000".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--aliases" {
            let Some(path) = args.next() else {
                eprintln!("service: --aliases needs a file");
                std::process::exit(2);
            };
            // JSON when the file's name ends in `.json`, else CSV.
            match Vocabulary::from_path(&path) {
                Ok(loaded) => {
                    eprintln!(
                        "{} aliases and {} terms from {path}",
                        loaded.aliases().len(),
                        loaded.terms().len()
                    );
                    let _first_and_only = VOCABULARY.set(loaded);
                }
                Err(error) => {
                    eprintln!("service: {path}: {error}");
                    std::process::exit(2);
                }
            }
        } else {
            address = arg;
        }
    }
    let listener = tokio::net::TcpListener::bind(&address).await?;
    eprintln!("validating job titles on http://{}", listener.local_addr()?);
    serve(listener, Limits::default(), signalled()).await;
    eprintln!("stopped: the requests in flight have finished");
    Ok(())
}
