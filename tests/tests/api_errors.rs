//! Bad input to every endpoint gets a 4xx JSON error naming the parameter, never a 5xx: wrong
//! types, huge limits, unknown filters, malformed addresses and ids, repeated keys, garbage.

use std::time::Duration;

use alloy::{providers::Provider, transports::http::reqwest};
use anyhow::Result;
use echorift_e2e::{
    api::spawn_indexer_with_api,
    indexer::{Devnet, terminate},
    spawn_anvil,
};

const ADDRESS: &str = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const BAD_CHECKSUM: &str = "0x5FBDb2315678afecb367f032d93F642f64180aa3";
const UNKNOWN_ID: &str = "0x00000000000000000000000000000000000000000000000000000000000000aa";

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_gets_a_4xx_naming_the_parameter_and_never_a_5xx() -> Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    devnet.activity(0).await?;
    let db = devnet.db("errors");
    let (child, api) = spawn_indexer_with_api(&devnet.anvil.endpoint(), &devnet.deployments(), &db, &[]).await?;
    api.wait_for_block(devnet.poster.get_block_number().await?, Duration::from_secs(30)).await?;
    let task = api.ok("/v1/tasks?limit=1").await?["items"][0]["id"].as_str().unwrap_or_default().to_owned();

    let long = "a".repeat(9000);
    let cases: Vec<(String, u16, Option<&str>)> = vec![
        ("/v1/tasks?limit=abc".into(), 400, Some("limit")),
        ("/v1/tasks?limit=0".into(), 400, Some("limit")),
        ("/v1/tasks?limit=501".into(), 400, Some("limit")),
        ("/v1/tasks?limit=99999999999999999999999".into(), 400, Some("limit")),
        ("/v1/tasks?limit=-1".into(), 400, Some("limit")),
        ("/v1/tasks?limit=1&limit=2".into(), 400, Some("limit")),
        ("/v1/tasks?colour=red".into(), 400, Some("colour")),
        ("/v1/tasks?Status=Open".into(), 400, Some("Status")),
        ("/v1/tasks?poster=0x123".into(), 400, Some("poster")),
        (format!("/v1/tasks?poster={BAD_CHECKSUM}"), 400, Some("poster")),
        ("/v1/tasks?worker=5FbDB2315678afecb367f032d93F642f64180aa3".into(), 400, Some("worker")),
        ("/v1/tasks?token=0xZZbDB2315678afecb367f032d93F642f64180aa3".into(), 400, Some("token")),
        ("/v1/tasks?poster=%ZZ".into(), 400, Some("poster")),
        ("/v1/tasks?status=Bogus".into(), 400, Some("status")),
        ("/v1/tasks?status=Open,".into(), 400, Some("status")),
        ("/v1/tasks?min_reward=-1".into(), 400, Some("min_reward")),
        ("/v1/tasks?min_reward=1e6".into(), 400, Some("min_reward")),
        ("/v1/tasks?max_reward=1.5".into(), 400, Some("max_reward")),
        (format!("/v1/tasks?max_reward={}", "9".repeat(79)), 400, Some("max_reward")),
        (format!("/v1/tasks?max_reward={}", "9".repeat(78)), 400, Some("max_reward")),
        ("/v1/tasks?min_deadline=soon".into(), 400, Some("min_deadline")),
        ("/v1/tasks?max_deadline=99999999999999999999".into(), 400, Some("max_deadline")),
        ("/v1/tasks?cursor=xyz".into(), 400, Some("cursor")),
        ("/v1/tasks?cursor=1.x".into(), 400, Some("cursor")),
        (format!("/v1/tasks?{long}=1"), 400, Some("query")),
        ("/v1/tasks/0x12".into(), 400, Some("id")),
        ("/v1/tasks/not-a-hash".into(), 400, Some("id")),
        ("/v1/tasks/%FF%FE".into(), 400, Some("id")),
        (format!("/v1/tasks/{UNKNOWN_ID}"), 404, Some("id")),
        (format!("/v1/tasks/{task}?verbose=1"), 400, Some("verbose")),
        (format!("/v1/tasks/{task}/history?cursor=-1"), 400, Some("cursor")),
        (format!("/v1/tasks/{task}/history?limit=100000"), 400, Some("limit")),
        (format!("/v1/tasks/{UNKNOWN_ID}/history"), 404, Some("id")),
        ("/v1/escrows?payer=zz".into(), 400, Some("payer")),
        ("/v1/escrows?min_amount=x".into(), 400, Some("min_amount")),
        ("/v1/escrows?status=Pending".into(), 400, Some("status")),
        ("/v1/escrows?reward=1".into(), 400, Some("reward")),
        ("/v1/escrows/0x".into(), 400, Some("id")),
        ("/v1/escrows/abc/history".into(), 400, Some("id")),
        ("/v1/attestations?schema=0x1".into(), 400, Some("schema")),
        ("/v1/attestations?revoked=yes".into(), 400, Some("revoked")),
        ("/v1/attestations?ref=abc".into(), 400, Some("ref")),
        ("/v1/attestations?recipient=".into(), 400, Some("recipient")),
        ("/v1/attestations/0xnothex00000000000000000000000000000000000000000000000000000000".into(), 400, Some("id")),
        ("/v1/schemas?registerer=1".into(), 400, Some("registerer")),
        ("/v1/schemas?limit=1000".into(), 400, Some("limit")),
        ("/v1/schemas/1".into(), 400, Some("id")),
        ("/v1/policies?status=weird".into(), 400, Some("status")),
        ("/v1/policies?agent=0x0".into(), 400, Some("agent")),
        ("/v1/policies/0x1".into(), 400, Some("id")),
        ("/v1/inbox/0xnope".into(), 400, Some("address")),
        (format!("/v1/inbox/{BAD_CHECKSUM}"), 400, Some("address")),
        (format!("/v1/inbox/{ADDRESS}?limit=0"), 400, Some("limit")),
        (format!("/v1/inbox/{ADDRESS}?role=worker"), 400, Some("role")),
        ("/v1/stream?after=abc".into(), 400, Some("after")),
        ("/v1/stream?after=12:xyz".into(), 400, Some("after")),
        ("/v1/stream?contract=Foo".into(), 400, Some("contract")),
        ("/v1/stream?event=Task-Posted".into(), 400, Some("event")),
        ("/v1/stream?entity=0x1".into(), 400, Some("entity")),
        ("/v1/stream?since=1".into(), 400, Some("since")),
        ("/v1/status?verbose=true".into(), 400, Some("verbose")),
        ("/v1/nothing".into(), 404, None),
        ("/v2/tasks".into(), 404, None),
    ];
    for (path, status, parameter) in &cases {
        let (code, body) = api.get(path).await?;
        assert_eq!(code, *status, "GET {path}: {body}");
        assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "GET {path}: {body}");
        if let Some(parameter) = parameter {
            assert_eq!(body["error"]["parameter"], *parameter, "GET {path}: {body}");
        }
    }

    // A Last-Event-ID that is no event id, and methods other than GET.
    let http = reqwest::Client::new();
    let response = http.get(format!("{}/v1/stream", api.base)).header("last-event-id", "yesterday").send().await?;
    assert_eq!(response.status().as_u16(), 400);
    let response = http.post(format!("{}/v1/tasks", api.base)).body("{}").send().await?;
    assert_eq!(response.status().as_u16(), 405);
    let response = http.delete(format!("{}/v1/tasks/{task}", api.base)).send().await?;
    assert_eq!(response.status().as_u16(), 405);

    // Garbage in every parameter of every endpoint: never a 5xx.
    let nasty = [
        "",
        "-1",
        "0x",
        "null",
        "%00",
        "1e309",
        "%F0%9F%98%80",
        "'%3B%20DROP%20TABLE%20tasks%3B%20--",
        "0x5fbdb2315678afecb367f032d93f642f64180aa3",
        "0x00000000000000000000000000000000000000000000000000000000000000aa",
        "18446744073709551616",
        "9223372036854775807",
        "Open,Open,Open",
        &"7".repeat(2000),
    ];
    let endpoints: &[(&str, &[&str])] = &[
        (
            "/v1/tasks",
            &[
                "status",
                "poster",
                "worker",
                "arbiter",
                "token",
                "min_reward",
                "max_reward",
                "min_deadline",
                "max_deadline",
                "limit",
                "cursor",
            ],
        ),
        (
            "/v1/escrows",
            &[
                "status",
                "payer",
                "payee",
                "arbiter",
                "token",
                "min_amount",
                "max_amount",
                "min_deadline",
                "max_deadline",
                "limit",
                "cursor",
            ],
        ),
        ("/v1/attestations", &["schema", "attester", "recipient", "ref", "revoked", "limit", "cursor"]),
        ("/v1/schemas", &["registerer", "limit", "cursor"]),
        ("/v1/policies", &["operator", "agent", "token", "guardian", "status", "limit", "cursor"]),
        (&format!("/v1/tasks/{task}/history"), &["limit", "cursor"]),
        (&format!("/v1/inbox/{ADDRESS}"), &["limit"]),
    ];
    let mut checked = 0;
    for (path, params) in endpoints {
        for param in *params {
            for value in nasty {
                let url = format!("{path}?{param}={value}");
                let (code, body) = api.get(&url).await?;
                assert!((200..500).contains(&code), "GET {url}: {code} {body}");
                if code >= 400 {
                    assert!(body["error"]["message"].is_string(), "GET {url}: {body}");
                }
                checked += 1;
            }
        }
    }
    for value in nasty {
        for path in ["/v1/tasks/", "/v1/escrows/", "/v1/attestations/", "/v1/schemas/", "/v1/inbox/"] {
            let url = format!("{path}{value}");
            let (code, body) = api.get(&url).await?;
            assert!((200..500).contains(&code), "GET {url}: {code} {body}");
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} requests");
    // The server still answers.
    api.ok("/health").await?;
    terminate(child)?;
    Ok(())
}

#[test]
fn serve_refuses_a_missing_database_and_a_busy_port_in_one_line() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let missing = dir.path().join("missing.sqlite");
    let output = std::process::Command::new(echorift_e2e::workspace_bin("echorift-indexer"))
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(&missing)
        .output()?;
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("missing.sqlite") && stderr.contains("cannot open"), "{stderr}");

    let taken = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = taken.local_addr()?.port();
    let output = std::process::Command::new(echorift_e2e::workspace_bin("echorift-indexer"))
        .args(["serve", "--db"])
        .arg(&missing)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .output()?;
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot listen"), "{output:?}");
    Ok(())
}
