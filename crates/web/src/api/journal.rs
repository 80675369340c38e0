//! The journal's heads, public so anyone can witness them: the global
//! chain's, the newest checkpoint over every chain's head, and each chain's.

use super::{ApiResult, HeadDto};
use crate::AppState;
use crate::error::Problem;
use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Which chain's head to give, with its proof under the checkpoint.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct HeadQuery {
    /// A chain: `pool:ID` (a pool or a Flood), `group:ID` or `person:ID`.
    /// Without it, every chain's head.
    pub body: Option<String>,
}

/// The journal's heads now.
#[derive(Serialize, ToSchema)]
pub struct JournalHeadsDto {
    /// The global chain's last entry's seq.
    pub seq: i64,
    /// Its hash.
    pub hash: String,
    /// Both, as `pools verify --head` takes them: `SEQ:HASH`.
    pub witness: String,
    /// The newest checkpoint: the Merkle root over every chain's head,
    /// taken every minute when any moved. None before the first.
    pub checkpoint: Option<CheckpointDto>,
    /// Every chain's head now (or the one asked for), by name.
    pub heads: Vec<ChainHeadDto>,
    /// For the chain asked for: its head under the checkpoint, and the
    /// hashes that lead from it to the root.
    pub proof: Option<ProofDto>,
}

/// A checkpoint over every chain's head.
#[derive(Serialize, ToSchema)]
pub struct CheckpointDto {
    /// Its number, from 1.
    pub id: i64,
    /// When it was taken (RFC 3339 UTC).
    pub at: String,
    /// The Merkle root, hex: leaves are SHA-256 of `pools-head\nBODY\nSEQ\nHASH`
    /// in the order of the chains' names, nodes SHA-256 of `pools-node\n`
    /// then the two children's bytes; an odd node moves up as it is.
    pub root: String,
    /// How many chains it covers.
    pub bodies: i64,
}

/// One chain's head.
#[derive(Serialize, ToSchema)]
pub struct ChainHeadDto {
    /// The chain.
    pub body: String,
    /// Its last entry's place, from 1.
    pub seq: i64,
    /// That entry's hash, hex.
    pub hash: String,
}

/// A chain's head under the checkpoint, and how it leads to the root.
#[derive(Serialize, ToSchema)]
pub struct ProofDto {
    /// The head as the checkpoint covered it.
    pub head: ChainHeadDto,
    /// From the leaf up: each sibling's hash, and whether it is on the left.
    pub path: Vec<ProofStepDto>,
}

/// One step of a proof.
#[derive(Serialize, ToSchema)]
pub struct ProofStepDto {
    /// Whether the sibling is the left child.
    pub left: bool,
    /// The sibling's hash, hex.
    pub hash: String,
}

impl From<pools_core::chain::ChainHead> for ChainHeadDto {
    fn from(h: pools_core::chain::ChainHead) -> Self {
        ChainHeadDto {
            body: h.body,
            seq: h.seq,
            hash: h.hash,
        }
    }
}

/// The journal's heads now: the global chain's (keep `witness`; a journal
/// rewritten later, even with its chain recomputed, will not reach it:
/// `pools verify FILE --head SEQ:HASH`), the newest checkpoint, and every
/// chain's head, or with `body` one chain's, with its proof under the
/// checkpoint. Needs no account.
#[utoipa::path(get, path = "/api/v1/journal/head", tag = "records",
    params(HeadQuery),
    responses(
        (status = 200, body = JournalHeadsDto, description = "The heads"),
        (status = 404, body = Problem, description = "No chain has that name"),
        (status = 500, body = Problem, description = "The database could not be read"),
    ))]
pub async fn head(
    State(s): State<AppState>,
    Query(q): Query<HeadQuery>,
) -> ApiResult<Json<JournalHeadsDto>> {
    let h = s.app.journal_heads(q.body.as_deref()).await?;
    let global = HeadDto::from(h.global);
    Ok(Json(JournalHeadsDto {
        seq: global.seq,
        hash: global.hash,
        witness: global.witness,
        checkpoint: h.checkpoint.map(|c| CheckpointDto {
            id: c.id,
            at: c.at,
            root: c.root,
            bodies: c.bodies,
        }),
        heads: h.heads.into_iter().map(ChainHeadDto::from).collect(),
        proof: h.proof.map(|(head, path)| ProofDto {
            head: head.into(),
            path: path
                .into_iter()
                .map(|(left, hash)| ProofStepDto { left, hash })
                .collect(),
        }),
    }))
}
