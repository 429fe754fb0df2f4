//! The read endpoints: tasks, escrows, attestations, schemas, policies, entity histories,
//! status, inbox.

use axum::{
    Json,
    extract::{Path, RawQuery, State, rejection::PathRejection},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use super::{
    App,
    error::ApiError,
    inbox,
    params::{MAX_LIMIT, Params, parse_address, parse_hash},
    query::{self, AsOf, Filter, has_table, no_extra},
};

type Answer = Result<Response, ApiError>;

/// A JSON body already rendered.
fn json_body(body: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

/// Task statuses (`ITaskBoard.Status`, as the indexer names them).
pub(super) const TASK_STATUSES: &[&str] = &[
    "Open",
    "Claimed",
    "Submitted",
    "Rejected",
    "Disputed",
    "Completed",
    "Cancelled",
    "Expired",
    "Refused",
    "Resolved",
];
/// Escrow statuses.
pub(super) const ESCROW_STATUSES: &[&str] = &["Open", "Disputed", "Closed"];

/// A path segment that must be a 32-byte id.
fn id_of(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    let Path(id) = path.map_err(|err| ApiError::bad("id", err.body_text()))?;
    parse_hash("id", &id)
}

const TASK_PARAMS: &[&str] = &[
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
];

/// `GET /v1/tasks`
pub(super) async fn tasks(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    let params = Params::parse(query.as_deref(), TASK_PARAMS)?;
    let mut filter = Filter::default();
    filter.any_of("status", params.list_of("status", TASK_STATUSES)?);
    for column in ["poster", "worker", "arbiter"] {
        filter.eq(column, params.address(column)?);
    }
    let (min_reward, max_reward) = (params.amount("min_reward")?, params.amount("max_reward")?);
    // The token index (token, reward) serves reward ranges; a token alone (a third of all
    // tasks, say) is read faster in deadline order, filtering.
    if min_reward.is_some() || max_reward.is_some() {
        filter.eq("token", params.address("token")?);
    } else {
        filter.eq_unindexed("token", params.address("token")?);
    }
    filter.cmp("reward_sort", ">=", min_reward);
    filter.cmp("reward_sort", "<=", max_reward);
    filter.cmp("deadline", ">=", params.int("min_deadline")?);
    filter.cmp("deadline", "<=", params.int("max_deadline")?);
    plain_list(&app, app.tables.tasks.clone(), filter, "deadline", &params).await
}

const ESCROW_PARAMS: &[&str] = &[
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
];

/// `GET /v1/escrows`
pub(super) async fn escrows(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    let params = Params::parse(query.as_deref(), ESCROW_PARAMS)?;
    let mut filter = Filter::default();
    filter.any_of("status", params.list_of("status", ESCROW_STATUSES)?);
    for column in ["payer", "payee", "arbiter", "token"] {
        filter.eq(column, params.address(column)?);
    }
    filter.cmp("amount_sort", ">=", params.amount("min_amount")?);
    filter.cmp("amount_sort", "<=", params.amount("max_amount")?);
    filter.cmp("deadline", ">=", params.int("min_deadline")?);
    filter.cmp("deadline", "<=", params.int("max_deadline")?);
    plain_list(&app, app.tables.escrows.clone(), filter, "deadline", &params).await
}

const ATTESTATION_PARAMS: &[&str] = &["schema", "attester", "recipient", "ref", "revoked", "limit", "cursor"];

/// `GET /v1/attestations`
pub(super) async fn attestations(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    let params = Params::parse(query.as_deref(), ATTESTATION_PARAMS)?;
    let mut filter = Filter::default();
    filter.eq("schema", params.hash("schema")?);
    filter.eq("attester", params.address("attester")?);
    filter.eq("recipient", params.address("recipient")?);
    filter.eq("ref_uid", params.hash("ref")?);
    filter.eq("revoked", params.bool("revoked")?);
    plain_list(&app, app.tables.attestations.clone(), filter, "rowid", &params).await
}

/// `GET /v1/schemas`
pub(super) async fn schemas(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    let params = Params::parse(query.as_deref(), &["registerer", "limit", "cursor"])?;
    let mut filter = Filter::default();
    filter.eq("registerer", params.address("registerer")?);
    plain_list(&app, app.tables.schemas.clone(), filter, "rowid", &params).await
}

const POLICY_PARAMS: &[&str] = &["operator", "agent", "token", "guardian", "status", "limit", "cursor"];

/// `GET /v1/policies`: with `remaining` budget and `breaker` state at chain time.
pub(super) async fn policies(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    let params = Params::parse(query.as_deref(), POLICY_PARAMS)?;
    let mut filter = Filter::default();
    for column in ["operator", "agent", "token", "guardian"] {
        filter.eq(column, params.address(column)?);
    }
    filter.eq("status", params.one_of("status", super::policies::STATUSES)?.map(str::to_owned));
    let (cursor, limit) = (params.cursor()?, params.limit()?);
    let table = app.tables.policies.clone();
    let answer = app
        .db
        .read(move |conn| {
            if !has_table(conn, "policies")? {
                return Err(ApiError::not_found(
                    None,
                    "this index has no spending policies (no SpendingGuard indexed)",
                ));
            }
            let as_of = AsOf::read(conn)?;
            let extra = super::policies::extra(as_of.chain_time());
            Ok(query::list(conn, &table, filter, "rowid", cursor, limit, &extra)?.render(&as_of))
        })
        .await?;
    Ok(json_body(answer))
}

/// One record of `table` by id, with its `as_of`.
async fn one(app: &App, table: &'static str, id: String, query: Option<String>) -> Answer {
    Params::parse(query.as_deref(), &[])?;
    let table = match table {
        "tasks" => app.tables.tasks.clone(),
        "escrows" => app.tables.escrows.clone(),
        "attestations" => app.tables.attestations.clone(),
        "schemas" => app.tables.schemas.clone(),
        _ => app.tables.policies.clone(),
    };
    let answer = app
        .db
        .read(move |conn| {
            if !has_table(conn, table.name)? {
                return Err(ApiError::not_found(None, format!("this index has no {}", table.name)));
            }
            let as_of = AsOf::read(conn)?;
            let policy_extra = super::policies::extra(as_of.chain_time());
            let extra: &query::Extra<'_> = if table.name == "policies" { &policy_extra } else { &no_extra };
            let record = table
                .get(conn, &id, extra)?
                .ok_or_else(|| ApiError::not_found(Some("id"), format!("no {} with id {id} is indexed", table.name)))?;
            let mut out = format!("{{\"as_of\":{},\"item\":", as_of.to_json()).into_bytes();
            out.extend_from_slice(&record);
            out.push(b'}');
            Ok(out)
        })
        .await?;
    Ok(json_body(answer))
}

macro_rules! by_id {
    ($name:ident, $table:literal, $doc:literal) => {
        #[doc = $doc]
        pub(super) async fn $name(
            State(app): State<App>,
            path: Result<Path<String>, PathRejection>,
            RawQuery(query): RawQuery,
        ) -> Answer {
            let id = id_of(path)?;
            one(&app, $table, id, query).await
        }
    };
}

by_id!(task, "tasks", "`GET /v1/tasks/{id}`");
by_id!(escrow, "escrows", "`GET /v1/escrows/{id}`");
by_id!(attestation, "attestations", "`GET /v1/attestations/{id}`");
by_id!(schema, "schemas", "`GET /v1/schemas/{id}`");
by_id!(policy, "policies", "`GET /v1/policies/{id}`");

/// `GET /v1/{tasks,escrows,attestations,policies}/{id}/history`: the entity's events in chain
/// order, each with its block, block hash, transaction and log index.
pub(super) async fn history(
    State(app): State<App>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer {
    let id = id_of(path)?;
    let params = Params::parse(query.as_deref(), &["limit", "cursor"])?;
    let (after, limit) = (params.position("cursor")?, params.limit()?);
    let answer = app
        .db
        .read(move |conn| {
            let as_of = AsOf::read(conn)?;
            let page = query::history(conn, &id, after, limit)?;
            if page.items.is_empty() && after.is_none() {
                return Err(ApiError::not_found(Some("id"), format!("no events of {id} are indexed")));
            }
            Ok(page.render(&as_of))
        })
        .await?;
    Ok(json_body(answer))
}

/// `GET /v1/inbox/{address}`
pub(super) async fn inbox(
    State(app): State<App>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer {
    let Path(address) = path.map_err(|err| ApiError::bad("address", err.body_text()))?;
    let address = parse_address("address", &address)?;
    let params = Params::parse(query.as_deref(), &["limit"])?;
    let limit = match params.raw("limit") {
        None => 100,
        Some(_) => params.limit()?,
    }
    .min(MAX_LIMIT);
    let tables = app.tables.inbox.clone();
    let answer = app
        .db
        .read(move |conn| {
            let as_of = AsOf::read(conn)?;
            let mut tables = tables;
            if tables.policies.is_some() && !has_table(conn, "policies")? {
                tables.policies = None;
            }
            inbox::inbox(conn, &tables, &address, &as_of, limit)
        })
        .await?;
    Ok(json_body(answer))
}

/// `GET /v1/status`
pub(super) async fn status(State(app): State<App>, RawQuery(query): RawQuery) -> Answer {
    Params::parse(query.as_deref(), &[])?;
    let answer = app
        .db
        .read(|conn| {
            let as_of = AsOf::read(conn)?;
            let mut statement = conn.prepare_cached("SELECT name, address FROM contracts ORDER BY name")?;
            let contracts: serde_json::Map<String, Value> = statement
                .query_map([], |row| Ok((row.get::<_, String>(0)?, Value::from(row.get::<_, String>(1)?))))?
                .collect::<Result<_, _>>()?;
            let lag = match (as_of.chain_head, as_of.block_number) {
                (Some(head), Some(indexed)) => Some((head - indexed).max(0)),
                _ => None,
            };
            Ok(json!({
                "chain_id": as_of.chain_id,
                "start_block": as_of.start_block,
                "indexed_block": as_of.block_number,
                "indexed_block_hash": as_of.block_hash,
                "chain_time": as_of.block_timestamp,
                "chain_head": as_of.chain_head,
                "lag": lag,
                "confirmations": as_of.confirmations,
                "confirmed_block": as_of.confirmed_block,
                "reorgs": as_of.reorgs,
                "last_reorg_block": as_of.last_reorg_block,
                "last_reorg_depth": as_of.last_reorg_depth,
                "updated_at_ms": as_of.updated_at_ms,
                "contracts": contracts,
            }))
        })
        .await?;
    let mut answer = answer;
    if let Some(object) = answer.as_object_mut() {
        object.insert("mode".into(), Value::from(app.mode));
        let rate = app.metrics.events_per_second_milli.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1000.0;
        object.insert("events_per_second".into(), Value::from(rate));
    }
    Ok(Json(answer).into_response())
}

/// One page of `table`'s rows matching `filter`, ordered by `key`, with no computed fields: the
/// answer of every list endpoint but the policies'.
async fn plain_list(app: &App, table: super::Table, filter: Filter, key: &'static str, params: &Params) -> Answer {
    let (cursor, limit) = (params.cursor()?, params.limit()?);
    let answer = app
        .db
        .read(move |conn| {
            let as_of = AsOf::read(conn)?;
            Ok(query::list(conn, &table, filter, key, cursor, limit, &no_extra)?.render(&as_of))
        })
        .await?;
    Ok(json_body(answer))
}
