//! The API's one error shape: `{"error": {"parameter": …, "message": …}}` with a 4xx status for
//! anything the client can fix, 503 when the server is busy or a query ran too long, 500 only
//! for what the operator must look at (logged).

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde_json::json;

/// An error answer.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The request parameter (query key or path segment) at fault, if one is.
    pub parameter: Option<String>,
    /// What went wrong, for a person.
    pub message: String,
}

impl ApiError {
    /// 400 naming `parameter`.
    pub fn bad(parameter: &str, message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, parameter: Some(parameter.to_owned()), message: message.into() }
    }

    /// 404.
    pub fn not_found(parameter: Option<&str>, message: impl Into<String>) -> Self {
        Self { status: StatusCode::NOT_FOUND, parameter: parameter.map(str::to_owned), message: message.into() }
    }

    /// 503: try again later.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self { status: StatusCode::SERVICE_UNAVAILABLE, parameter: None, message: message.into() }
    }

    /// 500, logged: a fault of the server or its database.
    pub fn internal(message: impl Into<String>) -> Self {
        let message = message.into();
        tracing::error!(%message, "API request failed");
        Self { status: StatusCode::INTERNAL_SERVER_ERROR, parameter: None, message }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::OperationInterrupted) => {
                Self::unavailable("the query took too long and was stopped; narrow the filters")
            }
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Self::unavailable("the database is busy; try again")
            }
            _ => Self::internal(format!("database: {err}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "parameter": self.parameter, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}
