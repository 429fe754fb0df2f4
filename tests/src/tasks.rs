//! Task ids, now in the SDK (`echorift_sdk::tasks`); re-exported for the tests that use them from here.

pub use echorift_sdk::tasks::task_id;
