//! A small fault-injecting HTTP proxy for JSON-RPC, put in front of a real anvil: it fails a
//! share of requests (HTTP 503, a dropped connection, a JSON-RPC internal error, in turn),
//! answers `eth_getLogs` over more than a given number of blocks with "query returned more
//! than 10000 results" as providers do, and can delay every answer.

use std::{
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use alloy::transports::http::reqwest;
use anyhow::Result;
use serde_json::{Value, json};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

/// What the proxy does wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults {
    /// Every n-th request fails (0: none).
    pub fail_every: u64,
    /// eth_getLogs over more blocks than this is refused as too many results.
    pub max_log_range: Option<u64>,
    /// Added to every answer.
    pub delay: Duration,
}

/// What the proxy did.
#[derive(Debug, Default)]
pub struct Stats {
    /// Requests received.
    pub requests: AtomicU64,
    /// Requests failed on purpose.
    pub failed: AtomicU64,
    /// eth_getLogs refused as too large.
    pub too_many: AtomicU64,
}

/// A running proxy; it stops when dropped.
pub struct FaultProxy {
    /// Its URL.
    pub url: String,
    /// Counters.
    pub stats: Arc<Stats>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultProxy {
    /// Starts a proxy to `upstream` on a free loopback port.
    pub async fn start(upstream: String, faults: Faults) -> Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/", listener.local_addr()?);
        let stats = Arc::new(Stats::default());
        let client = reqwest::Client::new();
        let shared = Arc::clone(&stats);
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (client, upstream, stats) = (client.clone(), upstream.clone(), Arc::clone(&shared));
                tokio::spawn(async move {
                    let _ = serve(socket, client, upstream, faults, stats).await;
                });
            }
        });
        Ok(Self { url, stats, task })
    }
}

async fn serve(
    mut socket: TcpStream,
    client: reqwest::Client,
    upstream: String,
    faults: Faults,
    stats: Arc<Stats>,
) -> Result<()> {
    socket.set_nodelay(true)?;
    let mut buffer = Vec::new();
    loop {
        let Some(body) = read_request(&mut socket, &mut buffer).await? else { return Ok(()) };
        let n = stats.requests.fetch_add(1, Ordering::Relaxed) + 1;
        tokio::time::sleep(faults.delay).await;
        if faults.fail_every > 0 && n.is_multiple_of(faults.fail_every) {
            stats.failed.fetch_add(1, Ordering::Relaxed);
            match (n / faults.fail_every) % 3 {
                0 => return Ok(()), // drop the connection without an answer
                1 => {
                    respond(&mut socket, "503 Service Unavailable", b"upstream overloaded").await?;
                    continue;
                }
                _ => {
                    let id = serde_json::from_slice::<Value>(&body).ok().and_then(|v| v.get("id").cloned());
                    let error =
                        json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32603, "message": "internal error"}});
                    respond(&mut socket, "200 OK", error.to_string().as_bytes()).await?;
                    continue;
                }
            }
        }
        if let Some(refusal) = too_many_results(&body, faults.max_log_range) {
            stats.too_many.fetch_add(1, Ordering::Relaxed);
            respond(&mut socket, "200 OK", refusal.to_string().as_bytes()).await?;
            continue;
        }
        let answer =
            client.post(&upstream).header("content-type", "application/json").body(body).send().await?.bytes().await?;
        respond(&mut socket, "200 OK", &answer).await?;
    }
}

/// A JSON-RPC "too many results" error if `body` is an eth_getLogs over more than `max` blocks.
fn too_many_results(body: &[u8], max: Option<u64>) -> Option<Value> {
    let max = max?;
    let request: Value = serde_json::from_slice(body).ok()?;
    if request.get("method")?.as_str()? != "eth_getLogs" {
        return None;
    }
    let filter = request.get("params")?.get(0)?;
    let block = |key: &str| u64::from_str_radix(filter.get(key)?.as_str()?.trim_start_matches("0x"), 16).ok();
    let (from, to) = (block("fromBlock")?, block("toBlock")?);
    (to.saturating_sub(from) + 1 > max).then(|| {
        json!({"jsonrpc": "2.0", "id": request.get("id"), "error": {"code": -32005, "message": "query returned more than 10000 results"}})
    })
}

/// Reads one HTTP/1.1 request and returns its body; `None` when the client closed.
async fn read_request(socket: &mut TcpStream, buffer: &mut Vec<u8>) -> Result<Option<Vec<u8>>> {
    loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|value| value.trim().parse::<usize>().ok())
                .unwrap_or(0);
            let total = end + 4 + length;
            while buffer.len() < total {
                let mut chunk = [0u8; 65536];
                let read = socket.read(&mut chunk).await?;
                if read == 0 {
                    return Ok(None);
                }
                buffer.extend_from_slice(&chunk[..read]);
            }
            let body = buffer[end + 4..total].to_vec();
            buffer.drain(..total);
            return Ok(Some(body));
        }
        let mut chunk = [0u8; 65536];
        let read = socket.read(&mut chunk).await?;
        if read == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

async fn respond(socket: &mut TcpStream, status: &str, body: &[u8]) -> Result<()> {
    // One write: a head and a body in two segments would wait on Nagle's algorithm.
    let mut answer =
        format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", body.len())
            .into_bytes();
    answer.extend_from_slice(body);
    socket.write_all(&answer).await?;
    Ok(())
}
