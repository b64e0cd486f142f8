//! The HTTP service example, over real HTTP on a free loopback port.
#![cfg(feature = "std")]

#[path = "../examples/service.rs"]
#[allow(dead_code)]
mod service;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Short limits, so the timeout tests take a second or two.
fn limits() -> service::Limits {
    service::Limits {
        header_timeout: Duration::from_millis(800),
        request_timeout: Duration::from_secs(2),
        max_connections: 512,
    }
}

async fn start() -> SocketAddr {
    start_until(std::future::pending()).await
}

/// Serves until `shutdown` completes.
async fn start_until(
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> SocketAddr {
    // Every test serves with the example aliases file, as `--aliases`
    // would load it: built-in titles must answer as they would without it.
    service::VOCABULARY.get_or_init(|| {
        digital_health_roles::Vocabulary::from_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/vocabulary.csv"
        ))
        .expect("the example aliases file loads")
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(service::serve(listener, limits(), shutdown));
    address
}

/// Sends one HTTP/1.1 request and returns the status and the body as JSON.
async fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> (u16, Value) {
    let mut stream = TcpStream::connect(address).await.unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    if let Some(content_type) = content_type {
        head.push_str(&format!("content-type: {content_type}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    // The server may answer (413) before it has read all of a large body.
    let _ = stream.write_all(body).await;
    let mut response = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut response),
    )
    .await;
    let response = String::from_utf8(response).unwrap();
    let status: u16 = response[9..12].parse().unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{response}"
    );
    (
        status,
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}")),
    )
}

async fn post(address: SocketAddr, body: &str) -> (u16, Value) {
    request(
        address,
        "POST",
        "/validate",
        Some("application/json"),
        body.as_bytes(),
    )
    .await
}

async fn post_classify(address: SocketAddr, body: &str) -> (u16, Value) {
    request(
        address,
        "POST",
        "/classify",
        Some("application/json"),
        body.as_bytes(),
    )
    .await
}

#[tokio::test]
async fn classifies_titles_with_their_evidence() {
    let address = start().await;
    let (status, body) = post_classify(
        address,
        r#"{"title": "Senior Data Analyst, Band 6, Performance Team"}"#,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        serde_json::json!({
            "match": "qualified",
            "role": "data-analyst",
            "title": "Data Analyst",
            "family": "data-and-analytics",
            "candidates": [],
            "seniority": "Senior",
            "band": "Band 6",
            "term": null,
            "evidence": [
                {"part": "seniority", "start": 0, "end": 6, "text": "Senior"},
                {"part": "role", "start": 7, "end": 19, "text": "Data Analyst"},
                {"part": "band", "start": 21, "end": 27, "text": "Band 6"},
                {"part": "set-aside", "start": 29, "end": 45, "text": "Performance Team"},
            ],
        })
    );
    let (status, body) = post_classify(address, r#"{"title": "Digital Programme Manager"}"#).await;
    assert_eq!(
        (status, &body["match"], &body["family"], &body["role"]),
        (
            200,
            &Value::from("family"),
            &Value::from("product-and-delivery"),
            &Value::Null
        )
    );
    let (status, body) = post_classify(
        address,
        r#"{"title": "Snr Clinical Safety Officer (Band 7)"}"#,
    )
    .await;
    assert_eq!((status, &body["match"]), (200, &Value::from("exact")));
    let (status, body) = post_classify(
        address,
        r#"{"title": "Information Governance and Cyber Security Lead"}"#,
    )
    .await;
    assert_eq!((status, &body["match"]), (200, &Value::from("ambiguous")));
    assert_eq!(
        body["candidates"],
        serde_json::json!(["information-governance", "cyber-security"])
    );
    // No job of the taxonomy is an answer, not a bad request.
    let (status, body) = post_classify(address, r#"{"title": "Physiotherapist"}"#).await;
    assert_eq!(
        (status, &body["match"], &body["family"]),
        (200, &Value::from("none"), &Value::Null)
    );
    // Bad input and bad requests are refused as /validate refuses them.
    let (status, body) = post_classify(address, r#"{"title": "Data\u200bAnalyst"}"#).await;
    assert_eq!(status, 422);
    assert!(body["error"].as_str().unwrap().contains("U+200B"));
    let (status, _) = post_classify(address, r#"{"title": 7}"#).await;
    assert_eq!(status, 422);
    let (status, _) = post_classify(address, r#"{"title": "#).await;
    assert_eq!(status, 400);
    let (status, _) = request(address, "POST", "/classify", Some("text/plain"), b"x").await;
    assert_eq!(status, 415);
    let big = format!(r#"{{"title": "{}"}}"#, "x".repeat(20_000));
    let (status, _) = post_classify(address, &big).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn lists_families_and_roles() {
    let address = start().await;
    let (status, families) = request(address, "GET", "/families", None, b"").await;
    assert_eq!(status, 200);
    assert_eq!(families.as_array().unwrap().len(), 16);
    assert_eq!(families[0]["id"], "patient-services");
    assert_eq!(families[0]["roles"][0], "patient-data-coordinator");

    let (status, roles) = request(address, "GET", "/roles", None, b"").await;
    assert_eq!(status, 200);
    let roles = roles.as_array().unwrap();
    assert_eq!(roles.len(), 49);
    assert_eq!(
        roles[6],
        serde_json::json!({
            "id": "clinical-safety-officer", "title": "Clinical Safety Officer", "family": "clinical-safety"
        })
    );

    let (status, role) = request(address, "GET", "/roles/ux-designer", None, b"").await;
    assert_eq!((status, &role["title"]), (200, &Value::from("UX Designer")));
    let (status, error) = request(address, "GET", "/roles/nurse", None, b"").await;
    assert_eq!(status, 404);
    assert!(
        error["error"]
            .as_str()
            .unwrap()
            .contains("no role has this id")
    );
    let (status, _) = request(address, "GET", "/nowhere", None, b"").await;
    assert_eq!(status, 404);
    let (status, _) = request(address, "DELETE", "/roles", None, b"").await;
    assert_eq!(status, 405);
}

#[tokio::test]
async fn validates_titles() {
    let address = start().await;
    let (status, body) = post(
        address,
        r#"{"title": "Snr Clinical Safety Officer (Band 7)"}"#,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        serde_json::json!({
            "job_title": "Senior Clinical Safety Officer (Band 7)",
            "role": "clinical-safety-officer",
            "title": "Clinical Safety Officer",
            "family": "clinical-safety",
            "seniority": "Senior",
            "band": "Band 7",
        })
    );
    let (status, body) = post(address, r#"{"title": "qa tester"}"#).await;
    assert_eq!(
        (status, &body["role"], &body["band"]),
        (200, &Value::from("quality-assurance-tester"), &Value::Null)
    );

    let (status, body) = post(address, r#"{"title": "Clinical Safety Oficer"}"#).await;
    assert_eq!(status, 422);
    assert_eq!(
        body["error"],
        "not a role or family of the SFIA digital health taxonomy"
    );
    assert_eq!(body["suggestions"][0]["id"], "clinical-safety-officer");
    let (status, body) = post(address, r#"{"title": "Nurse Practitioner"}"#).await;
    assert_eq!(
        (status, body["suggestions"].as_array().unwrap().len()),
        (422, 0)
    );
    let (status, body) = post(address, r#"{"title": "Data Analyst (Band 10)"}"#).await;
    assert_eq!(status, 422);
    assert!(body["error"].as_str().unwrap().contains("pay band"));
}

#[tokio::test]
async fn bad_requests_get_clear_json_errors_and_the_service_keeps_serving() {
    let address = start().await;
    let cases: Vec<(Option<&str>, Vec<u8>, u16, &str)> = vec![
        (
            Some("application/json"),
            b"{\"title\": ".to_vec(),
            400,
            "malformed JSON",
        ),
        (
            Some("application/json"),
            b"not json".to_vec(),
            400,
            "malformed JSON",
        ),
        (
            Some("application/json"),
            b"".to_vec(),
            400,
            "malformed JSON",
        ),
        (
            Some("application/json"),
            b"{}".to_vec(),
            422,
            "missing field `title`",
        ),
        (
            Some("application/json"),
            b"{\"title\": 7}".to_vec(),
            422,
            "must be a string, not a number",
        ),
        (
            Some("application/json"),
            b"{\"title\": null}".to_vec(),
            422,
            "must be a string, not null",
        ),
        (
            Some("application/json"),
            b"[\"Data Analyst\"]".to_vec(),
            422,
            "expected an object",
        ),
        (
            Some("application/json"),
            format!("{{\"title\": {}1{}}}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
            400,
            "recursion limit",
        ),
        (
            Some("text/plain"),
            b"{\"title\": \"Data Analyst\"}".to_vec(),
            415,
            "content-type: application/json",
        ),
        (
            None,
            b"{\"title\": \"Data Analyst\"}".to_vec(),
            415,
            "content-type",
        ),
        (
            Some("application/json"),
            format!("{{\"title\": \"{}\"}}", "a".repeat(20_000)).into_bytes(),
            413,
            "over the limit",
        ),
        (
            Some("application/json"),
            format!("{{\"title\": \"{}\"}}", "a".repeat(1000)).into_bytes(),
            422,
            "bytes long",
        ),
        (
            Some("application/json"),
            b"{\"title\": \"Data\\u0000Analyst\"}".to_vec(),
            422,
            "control character",
        ),
        (
            Some("application/json"),
            b"{\"title\": {\"title\": \"Data Analyst\"}}".to_vec(),
            422,
            "must be a string, not an object",
        ),
        (
            Some("application/json"),
            b"{\"title\": [\"Data Analyst\"]}".to_vec(),
            422,
            "must be a string, not an array",
        ),
        (
            Some("application/json"),
            b"{\"title\": true}".to_vec(),
            422,
            "must be a string, not a boolean",
        ),
        (
            Some("application/json"),
            b"{\"title\": \"Data \xff Analyst\"}".to_vec(),
            400,
            "malformed JSON",
        ),
        (
            Some("application/json"),
            vec![b' '; 1 << 20],
            413,
            "over the limit",
        ),
        (
            Some("application/xml"),
            b"<title>Data Analyst</title>".to_vec(),
            415,
            "content-type",
        ),
        (
            Some("application/json"),
            b"{\"title\": \"\\ud800\"}".to_vec(),
            400,
            "malformed JSON",
        ),
    ];
    for (content_type, body, expected, message) in cases {
        let (status, reply) = request(address, "POST", "/validate", content_type, &body).await;
        let shown = String::from_utf8_lossy(&body[..body.len().min(60)]).into_owned();
        assert_eq!(status, expected, "{shown}: {reply}");
        let error = reply["error"].as_str().unwrap_or_default();
        assert!(error.contains(message), "{shown}: {error}");
    }
    let (status, _) = post(address, r#"{"title": "Data Analyst"}"#).await;
    assert_eq!(status, 200, "still serving");
}

#[tokio::test]
async fn json_with_a_charset_parameter_is_accepted() {
    let address = start().await;
    let body = br#"{"title": "Data Analyst", "extra": [1, 2, 3]}"#;
    let (status, reply) = request(
        address,
        "POST",
        "/validate",
        Some("application/json; charset=utf-8"),
        body,
    )
    .await;
    assert_eq!(
        (status, &reply["role"]),
        (200, &Value::from("data-analyst"))
    );
}

/// Reads what the server sends until it closes the connection, or `None`
/// when it is still open after `wait`.
async fn read_until_closed(stream: &mut TcpStream, wait: Duration) -> Option<Vec<u8>> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return Some(seen),
            Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
            Err(_) => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_requests_are_closed_after_the_header_timeout_while_others_are_served() {
    let address = start().await;
    // 200 clients that send half a request and then nothing.
    let mut slow = Vec::new();
    for _ in 0..200 {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream
            .write_all(b"POST /validate HTTP/1.1\r\nhost: localhost\r\ncontent-")
            .await
            .unwrap();
        slow.push(stream);
    }
    // Meanwhile the service answers everyone else.
    for _ in 0..20 {
        let (status, _) = post(address, r#"{"title": "Data Analyst"}"#).await;
        assert_eq!(status, 200);
    }
    // Every half-sent request is closed soon after the header timeout
    // (800 ms here), not left to hold its connection.
    let started = Instant::now();
    for stream in &mut slow {
        assert!(
            read_until_closed(stream, Duration::from_secs(5))
                .await
                .is_some(),
            "a half-sent request was still open after 5 s"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(5));
    let (status, _) = post(address, r#"{"title": "Data Analyst"}"#).await;
    assert_eq!(status, 200, "still serving");
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_before_it_is_sent() {
    let address = start().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(
            b"POST /validate HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
              content-length: 100000000\r\nexpect: 100-continue\r\nconnection: close\r\n\r\n",
        )
        .await
        .unwrap();
    let reply = read_until_closed(&mut stream, Duration::from_secs(5))
        .await
        .expect("answered at once");
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 413"), "{reply}");
    assert!(!reply.contains("100 Continue"), "{reply}");
}

#[tokio::test]
async fn a_request_that_takes_too_long_gets_408() {
    let address = start().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    // Headers promise ten bytes of body; two arrive, then nothing.
    stream
        .write_all(
            b"POST /validate HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
              content-length: 10\r\nconnection: close\r\n\r\n{\"",
        )
        .await
        .unwrap();
    let reply = read_until_closed(&mut stream, Duration::from_secs(6))
        .await
        .expect("answered");
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
}

#[tokio::test]
async fn a_batch_answers_each_title_in_order() {
    let address = start().await;
    let titles: Vec<String> = (0..1000)
        .map(|i| match i % 3 {
            0 => "Snr Data Analyst (Band 6)".to_string(),
            1 => format!("Nurse {i}"),
            _ => "Clinical Safety Oficer".to_string(),
        })
        .collect();
    let body = serde_json::json!({ "titles": titles }).to_string();
    let (status, reply) = request(
        address,
        "POST",
        "/validate/batch",
        Some("application/json"),
        body.as_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{reply}");
    let results = reply["results"].as_array().unwrap();
    assert_eq!(results.len(), 1000);
    for (i, result) in results.iter().enumerate() {
        match i % 3 {
            0 => {
                assert_eq!(result["valid"], true);
                assert_eq!(result["role"], "data-analyst");
                assert_eq!(result["band"], "Band 6");
            }
            1 => assert_eq!(result["valid"], false),
            _ => {
                assert_eq!(result["valid"], false);
                assert_eq!(result["suggestions"][0]["id"], "clinical-safety-officer");
            }
        }
    }
    // One title over the limit is refused as a whole, with a clear error.
    let too_many = serde_json::json!({ "titles": vec!["Data Analyst"; 1001] }).to_string();
    let (status, reply) = request(
        address,
        "POST",
        "/validate/batch",
        Some("application/json"),
        too_many.as_bytes(),
    )
    .await;
    assert_eq!(status, 413);
    assert!(
        reply["error"]
            .as_str()
            .unwrap()
            .contains("at most 1000 titles"),
        "{reply}"
    );
    let (status, _) = request(
        address,
        "POST",
        "/validate/batch",
        Some("application/json"),
        br#"{"titles": "Data Analyst"}"#,
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_lets_the_request_in_flight_finish() {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let address = start_until(async {
        let _ = stopped.await;
    })
    .await;
    // A request whose body is still on its way when the shutdown begins.
    let mut stream = TcpStream::connect(address).await.unwrap();
    let body = br#"{"title": "Data Analyst"}"#;
    stream
        .write_all(
            format!(
                "POST /validate HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
                 content-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    stream.write_all(body).await.unwrap();
    let reply = read_until_closed(&mut stream, Duration::from_secs(5))
        .await
        .expect("answered");
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    // And no new connection is served.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(TcpStream::connect(address).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_clients_all_get_answers() {
    // A bounded load test on loopback: 16 clients, 100 requests each over
    // keep-alive connections. Run with --nocapture for the throughput.
    let address = start().await;
    let started = Instant::now();
    let mut clients = Vec::new();
    for client in 0..16 {
        clients.push(tokio::spawn(async move {
            let mut stream = TcpStream::connect(address).await.unwrap();
            let mut ok = 0;
            for i in 0..100 {
                let body = if (client + i) % 2 == 0 {
                    r#"{"title": "Snr Clinical Safety Officer (Band 7)"}"#
                } else {
                    r#"{"title": "Digital Programme Manager"}"#
                };
                let path = if (client + i) % 2 == 0 {
                    "/validate"
                } else {
                    "/classify"
                };
                let head = format!(
                    "POST {path} HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n\
                     content-length: {}\r\n\r\n",
                    body.len()
                );
                stream.write_all(head.as_bytes()).await.unwrap();
                stream.write_all(body.as_bytes()).await.unwrap();
                // Read one response: headers, then content-length bytes.
                let mut buf = Vec::new();
                let mut byte = [0u8; 1];
                while !buf.ends_with(b"\r\n\r\n") {
                    stream.read_exact(&mut byte).await.unwrap();
                    buf.push(byte[0]);
                }
                let head = String::from_utf8_lossy(&buf).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|line| line.strip_prefix("content-length: "))
                    .unwrap()
                    .trim()
                    .parse()
                    .unwrap();
                let mut body = vec![0u8; length];
                stream.read_exact(&mut body).await.unwrap();
                if head.starts_with("http/1.1 200") {
                    ok += 1;
                }
            }
            ok
        }));
    }
    let mut total = 0;
    for client in clients {
        total += client.await.unwrap();
    }
    let elapsed = started.elapsed();
    assert_eq!(total, 1600, "every request answered 200");
    println!(
        "1600 requests from 16 keep-alive clients in {:.0} ms: {:.0} requests/s (debug build)",
        elapsed.as_secs_f64() * 1000.0,
        1600.0 / elapsed.as_secs_f64()
    );
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let address = start().await;
    let (status, document) = request(address, "GET", "/openapi.json", None, b"").await;
    assert_eq!(status, 200);
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let paths = document["paths"].as_object().unwrap();
    for (method, path) in [
        ("get", "/families"),
        ("get", "/roles"),
        ("get", "/roles/{id}"),
        ("post", "/validate"),
        ("post", "/validate/batch"),
        ("post", "/classify"),
        ("get", "/openapi.json"),
    ] {
        assert!(
            paths[path][method].is_object(),
            "{method} {path} is not in the document"
        );
        // And the route is really served.
        let (status, _) = request(
            address,
            &method.to_uppercase(),
            &path.replace("{id}", "ux-designer"),
            Some("application/json"),
            b"{\"title\": \"Data Analyst\", \"titles\": []}",
        )
        .await;
        assert_ne!(status, 404, "{method} {path}");
        assert_ne!(status, 405, "{method} {path}");
    }
    assert_eq!(
        paths.len(),
        7,
        "a route the test does not know: {:?}",
        paths.keys().collect::<Vec<_>>()
    );
    let schemas = document["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("Classified") && schemas.contains_key("ErrorBody"));
}

#[tokio::test]
async fn aliases_from_a_file_are_served() {
    let address = start().await;
    let (status, body) = post(address, r#"{"title": "Senior EPR Analyst (Band 6)"}"#).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["role"], "health-information-officer");
    assert_eq!(body["seniority"], "Senior");
    let (status, body) = post_classify(
        address,
        r#"{"title": "Paediatric EPR Analyst, County Hospital"}"#,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["match"].as_str(), body["role"].as_str()),
        (Some("qualified"), Some("health-information-officer"))
    );
    let (status, body) = post(address, r#"{"title": "EPR Analsyt"}"#).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["suggestions"][0]["id"], "health-information-officer");
    let error = digital_health_roles::Vocabulary::from_path("no/such/file.csv").unwrap_err();
    assert!(
        matches!(
            error.kind(),
            digital_health_roles::VocabularyErrorKind::Unreadable { .. }
        ),
        "{error}"
    );
}
