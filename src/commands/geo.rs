//! GEO commands: positions kept as the scores of a sorted set.
//!
//! A GEO key is an ordinary sorted set whose scores are 52-bit geohashes
//! (`crate::types::geohash`), so every sorted set command works on it and GEOADD is ZADD with
//! encoded coordinates. Searches (GEORADIUS*, GEOSEARCH*) scan the score ranges of the nine
//! cells around the centre, keep the points inside the shape, and sort them by distance the
//! way Redis does, so that results, their order (ties included) and every printed digit match.

use super::args;
use super::errors;
use super::flags::*;
use super::table::acl::GEO;
use super::{CmdResult, Command, Ctx};
use crate::config::{NOTIFY_GENERIC, NOTIFY_ZSET};
use crate::db::Value;
use crate::protocol::{Reply, Resp};
use crate::types::geohash::{self, Shape, ShapeKind};
use crate::types::zset::{Limits, ScoreRange, ZSet};
use crate::util::numbers::LongDouble;
use bytes::Bytes;
use std::cmp::Ordering;

const GROUP: &str = "geo";
const SEARCH_COMPLEXITY: &str = "O(N+log(M)) with N the number of elements in the cells around the searched area and M the number of elements in the index.";

pub static COMMANDS: &[Command] = &[
    Command::new("geoadd", -5, WRITE | DENYOOM, geoadd)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Adds members with their longitude and latitude to a geospatial index (a sorted set), or moves existing ones.")
        .complexity("O(log(N)) for each member added or moved, N being the number of elements in the sorted set.")
        .syntax("key [NX | XX] [CH] longitude latitude member [longitude latitude member ...]"),
    Command::new("geodist", -4, READONLY, geodist)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Returns the distance between two members of a geospatial index.")
        .complexity("O(log(N))")
        .syntax("key member1 member2 [M | KM | FT | MI]"),
    Command::new("geohash", -2, READONLY, geohash_cmd)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Returns the standard geohash strings of members of a geospatial index.")
        .complexity("O(log(N)) for each member asked for, N being the number of elements in the sorted set.")
        .syntax("key [member [member ...]]"),
    Command::new("geopos", -2, READONLY, geopos)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Returns the longitude and latitude of members of a geospatial index.")
        .complexity("O(N) where N is the number of members asked for.")
        .syntax("key [member [member ...]]"),
    Command::new("georadius", -6, WRITE | DENYOOM, georadius)
        .find_keys(1, 1, 1, georadius_keys)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Returns (or stores) the members of a geospatial index within a distance of a point.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key | STOREDIST key]"),
    Command::new("georadius_ro", -6, READONLY, georadius_ro)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.10", "Returns the members of a geospatial index within a distance of a point.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]"),
    Command::new("georadiusbymember", -5, WRITE | DENYOOM, georadiusbymember)
        .find_keys(1, 1, 1, georadius_keys)
        .acl(GEO)
        .doc(GROUP, "3.2.0", "Returns (or stores) the members of a geospatial index within a distance of one of its members.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key | STOREDIST key]"),
    Command::new("georadiusbymember_ro", -5, READONLY, georadiusbymember_ro)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "3.2.10", "Returns the members of a geospatial index within a distance of one of its members.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]"),
    Command::new("geosearch", -7, READONLY, geosearch)
        .keys(1, 1, 1)
        .acl(GEO)
        .doc(GROUP, "6.2.0", "Returns the members of a geospatial index inside a circle or a box around a point or a member.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]"),
    Command::new("geosearchstore", -8, WRITE | DENYOOM, geosearchstore)
        .keys(1, 2, 1)
        .acl(GEO)
        .doc(GROUP, "6.2.0", "Stores the members of a geospatial index inside a circle or a box, optionally with their distances, in a sorted set.")
        .complexity(SEARCH_COMPLEXITY)
        .syntax("destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]"),
];

/// GEORADIUS / GEORADIUSBYMEMBER: the source key, and the key after the last STORE or
/// STOREDIST (searched from argv[5], each such key skipped, as Redis's key finder does; the
/// handler picks the same one whenever its arguments parse).
fn georadius_keys(argv: &[Bytes]) -> Vec<usize> {
    let mut keys = vec![1];
    let mut store = None;
    let mut i = 5;
    while i < argv.len() {
        if (keyword(&argv[i], "store") || keyword(&argv[i], "storedist")) && i + 1 < argv.len() {
            store = Some(i + 1);
            i += 1;
        }
        i += 1;
    }
    keys.extend(store);
    keys
}

// ------------------------------------------------------------------------------------------
// Argument parsing and reply formats shared by the commands.
// ------------------------------------------------------------------------------------------

/// Case-insensitive keyword match as C's `strcasecmp` sees an argument (up to its first NUL).
fn keyword(arg: &[u8], word: &str) -> bool {
    args::is(errors::c_str(arg, usize::MAX), word)
}

/// A longitude and latitude argument pair, both numbers and inside the indexable area.
fn parse_point(lon: &[u8], lat: &[u8]) -> Result<(f64, f64), Reply> {
    let (lon, lat) = (args::float(lon)?, args::float(lat)?);
    if !geohash::valid_point(lon, lat) {
        return Err(Reply::error(format!(
            "ERR invalid longitude,latitude pair {lon:.6},{lat:.6}"
        )));
    }
    Ok((lon, lat))
}

/// A unit argument: how many meters one unit is.
fn parse_unit(arg: &[u8]) -> Result<f64, Reply> {
    const UNITS_IN_METERS: [(&str, f64); 4] =
        [("m", 1.0), ("km", 1000.0), ("ft", 0.3048), ("mi", 1609.34)];
    UNITS_IN_METERS
        .iter()
        .find(|(name, _)| keyword(arg, name))
        .map(|&(_, meters)| meters)
        .ok_or_else(|| Reply::error("ERR unsupported unit provided. please use M, KM, FT, MI"))
}

/// A float argument with Redis's per-argument error message.
fn parse_number(arg: &[u8], message: &'static str) -> Result<f64, Reply> {
    crate::util::numbers::parse_f64(arg).ok_or_else(|| Reply::error(message))
}

/// `radius unit`: the radius and the unit's size in meters.
fn parse_radius(radius: &[u8], unit: &[u8]) -> Result<(f64, ShapeKind), Reply> {
    let radius = parse_number(radius, "ERR need numeric radius")?;
    if radius < 0.0 {
        return Err(Reply::error("ERR radius cannot be negative"));
    }
    Ok((parse_unit(unit)?, ShapeKind::Radius(radius)))
}

/// `width height unit`: the box and the unit's size in meters.
fn parse_box(width: &[u8], height: &[u8], unit: &[u8]) -> Result<(f64, ShapeKind), Reply> {
    let width = parse_number(width, "ERR need numeric width")?;
    let height = parse_number(height, "ERR need numeric height")?;
    if height < 0.0 || width < 0.0 {
        return Err(Reply::error("ERR height or width cannot be negative"));
    }
    Ok((parse_unit(unit)?, ShapeKind::Box { width, height }))
}

/// A distance as the GEO commands print it: a bulk string with exactly four decimals, from
/// the value rounded (half to even) to units of 0.0001.
fn distance_reply(dist: f64) -> Reply {
    if dist == 0.0 {
        return Reply::bulk_str("0.0000");
    }
    let scaled = (dist * 10000.0).round_ties_even();
    // C's llrint gives LLONG_MIN for what does not fit (and for NaN).
    const TWO_63: f64 = (1u64 << 63) as f64;
    let scaled = if (-TWO_63..TWO_63).contains(&scaled) {
        scaled as i64
    } else {
        i64::MIN
    };
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    Reply::Bulk(Bytes::from(format!(
        "{sign}{}.{:04}",
        magnitude / 10000,
        magnitude % 10000
    )))
}

/// A coordinate as GEOPOS and WITHCOORD print it: the exact value with 17 decimals, trailing
/// zeros dropped; a bulk string in RESP2, a double in RESP3.
fn coordinate_reply(resp: Resp, value: f64) -> Reply {
    let text = LongDouble::from_f64(value).to_human_string();
    match resp {
        Resp::V2 => Reply::Bulk(Bytes::from(text)),
        Resp::V3 => Reply::Raw(Bytes::from(format!(",{text}\r\n"))),
    }
}

fn position_reply(resp: Resp, (lon, lat): (f64, f64)) -> Reply {
    Reply::Array(vec![
        coordinate_reply(resp, lon),
        coordinate_reply(resp, lat),
    ])
}

/// The sorted set at `key`, read as a GEO index: None when missing, WRONGTYPE for other types.
fn read_index<'c>(ctx: &'c mut Ctx, key: &[u8]) -> Result<Option<&'c ZSet>, Reply> {
    Ok(ctx.read::<ZSet>(key)?.map(|z| &*z))
}

// ------------------------------------------------------------------------------------------
// GEOADD, GEODIST, GEOHASH, GEOPOS.
// ------------------------------------------------------------------------------------------

/// GEOADD key [NX|XX] [CH] lon lat member ...: as in Redis, it checks the points, turns them
/// into scores and runs ZADD with the same options (which is also what gets replicated).
fn geoadd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let (mut nx, mut xx) = (false, false);
    let mut first = 2; // the first longitude
    while first < argv.len() {
        let opt = &argv[first];
        if keyword(opt, "nx") {
            nx = true;
        } else if keyword(opt, "xx") {
            xx = true;
        } else if !keyword(opt, "ch") {
            break;
        }
        first += 1;
    }
    if !(argv.len() - first).is_multiple_of(3) || (nx && xx) {
        return Err(errors::syntax());
    }
    let mut zadd_argv: Vec<Bytes> = Vec::with_capacity(first + (argv.len() - first) / 3 * 2);
    zadd_argv.push(Bytes::from_static(b"zadd"));
    zadd_argv.extend_from_slice(&argv[1..first]);
    for triple in argv[first..].chunks(3) {
        let (lon, lat) = parse_point(&triple[0], &triple[1])?;
        let score = geohash::point_to_score(lon, lat).expect("a valid point has a score");
        zadd_argv.push(Bytes::from(score.to_string()));
        zadd_argv.push(triple[2].clone());
    }
    let zadd = ctx
        .server
        .commands
        .get(b"zadd")
        .and_then(|e| e.cmd.handler)
        .expect("ZADD is a command");
    let reply = zadd(ctx, &zadd_argv)?;
    ctx.propagate_as(zadd_argv);
    Ok(reply)
}

/// GEODIST key member1 member2 [unit]
fn geodist(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let to_meters = match argv.len() {
        5 => parse_unit(&argv[4])?,
        n if n > 5 => return Err(errors::syntax()),
        _ => 1.0,
    };
    let Some(z) = read_index(ctx, &argv[1])? else {
        return Ok(Reply::Nil);
    };
    let (Some(score1), Some(score2)) = (z.score(&argv[2]), z.score(&argv[3])) else {
        return Ok(Reply::Nil);
    };
    let (lon1, lat1) = geohash::score_to_point(score1);
    let (lon2, lat2) = geohash::score_to_point(score2);
    Ok(distance_reply(
        geohash::distance(lon1, lat1, lon2, lat2) / to_meters,
    ))
}

/// GEOHASH key member ...: standard 11-character geohashes, nil for missing members.
fn geohash_cmd(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let z = read_index(ctx, &argv[1])?;
    let hash_of = |member: &Bytes| match z.and_then(|z| z.score(member)) {
        Some(score) => Reply::Bulk(Bytes::copy_from_slice(&geohash::standard_geohash(score))),
        None => Reply::Nil,
    };
    Ok(Reply::Array(argv[2..].iter().map(hash_of).collect()))
}

/// GEOPOS key member ...: `[longitude, latitude]` of each member, a null array if missing.
fn geopos(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    let resp = ctx.client.resp;
    let z = read_index(ctx, &argv[1])?;
    let position_of = |member: &Bytes| match z.and_then(|z| z.score(member)) {
        Some(score) => position_reply(resp, geohash::score_to_point(score)),
        None => Reply::NilArray,
    };
    Ok(Reply::Array(argv[2..].iter().map(position_of).collect()))
}

// ------------------------------------------------------------------------------------------
// The searches.
// ------------------------------------------------------------------------------------------

fn georadius(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(
        ctx,
        argv,
        Variant::Radius {
            by_member: false,
            store_allowed: true,
        },
    )
}

fn georadius_ro(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(
        ctx,
        argv,
        Variant::Radius {
            by_member: false,
            store_allowed: false,
        },
    )
}

fn georadiusbymember(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(
        ctx,
        argv,
        Variant::Radius {
            by_member: true,
            store_allowed: true,
        },
    )
}

fn georadiusbymember_ro(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(
        ctx,
        argv,
        Variant::Radius {
            by_member: true,
            store_allowed: false,
        },
    )
}

fn geosearch(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(ctx, argv, Variant::Search { store: false })
}

fn geosearchstore(ctx: &mut Ctx, argv: &[Bytes]) -> CmdResult {
    search_command(ctx, argv, Variant::Search { store: true })
}

/// Which search command is running: they share one parser with different rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// GEORADIUS (centre given as coordinates) or GEORADIUSBYMEMBER; the `_RO` forms refuse
    /// STORE and STOREDIST.
    Radius {
        by_member: bool,
        store_allowed: bool,
    },
    /// GEOSEARCH, or GEOSEARCHSTORE (`store`).
    Search { store: bool },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    None,
    Asc,
    Desc,
}

/// A parsed search request.
struct Request {
    /// None only when the source key is missing and the centre is a member (never looked up).
    centre: Option<(f64, f64)>,
    /// The unit's size in meters and the shape, when given (always, once parsing succeeded
    /// on an existing key).
    size: Option<(f64, ShapeKind)>,
    with_dist: bool,
    with_hash: bool,
    with_coord: bool,
    sort: Sort,
    /// At most this many results; 0 means all.
    count: usize,
    /// Stop scanning once `count` points are found (they are then not the nearest ones).
    any: bool,
    /// The argument index of the destination key.
    store: Option<usize>,
    /// Store distances (in the request's unit) instead of geohashes as scores.
    store_dist: bool,
}

/// Parses a search's arguments in Redis's order, so that the same bad request gets the same
/// error. `index` is the source set (None when missing: member centres are then not checked).
fn parse_request(argv: &[Bytes], variant: Variant, index: Option<&ZSet>) -> Result<Request, Reply> {
    let mut req = Request {
        centre: None,
        size: None,
        with_dist: false,
        with_hash: false,
        with_coord: false,
        sort: Sort::None,
        count: 0,
        any: false,
        store: None,
        store_dist: false,
    };
    let member_centre = |member: &[u8]| match index.and_then(|z| z.score(member)) {
        Some(score) => Ok(geohash::score_to_point(score)),
        None => Err(Reply::error("ERR could not decode requested zset member")),
    };
    let first_option = match variant {
        Variant::Radius {
            by_member: false, ..
        } => {
            req.centre = Some(parse_point(&argv[2], &argv[3])?);
            req.size = Some(parse_radius(&argv[4], &argv[5])?);
            6
        }
        Variant::Radius {
            by_member: true, ..
        } => {
            // Without a source set Redis skips the member and the radius, parsing only the
            // options (to know whether to answer with a count or an array).
            if index.is_some() {
                req.centre = Some(member_centre(&argv[2])?);
                req.size = Some(parse_radius(&argv[3], &argv[4])?);
            }
            5
        }
        Variant::Search { store: false } => 2,
        Variant::Search { store: true } => {
            req.store = Some(1);
            3
        }
    };
    let (radius_store, is_search, search_store) = match variant {
        Variant::Radius { store_allowed, .. } => (store_allowed, false, false),
        Variant::Search { store } => (false, true, store),
    };
    let (mut from_member, mut from_lonlat, mut by_radius, mut by_box) =
        (false, false, false, false);
    let mut i = first_option;
    while i < argv.len() {
        let arg = &argv[i][..];
        let left = argv.len() - i - 1; // arguments after this one
        if keyword(arg, "withdist") {
            req.with_dist = true;
        } else if keyword(arg, "withhash") {
            req.with_hash = true;
        } else if keyword(arg, "withcoord") {
            req.with_coord = true;
        } else if keyword(arg, "any") {
            req.any = true;
        } else if keyword(arg, "asc") {
            req.sort = Sort::Asc;
        } else if keyword(arg, "desc") {
            req.sort = Sort::Desc;
        } else if keyword(arg, "count") && left >= 1 {
            let count = args::int(&argv[i + 1])?;
            if count <= 0 {
                return Err(Reply::error("ERR COUNT must be > 0"));
            }
            req.count = usize::try_from(count).unwrap_or(usize::MAX);
            i += 1;
        } else if (keyword(arg, "store") || keyword(arg, "storedist")) && left >= 1 && radius_store
        {
            req.store = Some(i + 1);
            req.store_dist = keyword(arg, "storedist");
            i += 1;
        } else if keyword(arg, "storedist") && search_store {
            req.store_dist = true;
        } else if keyword(arg, "frommember") && left >= 1 && is_search && !from_lonlat {
            if index.is_some() {
                req.centre = Some(member_centre(&argv[i + 1])?);
            }
            from_member = true;
            i += 1;
        } else if keyword(arg, "fromlonlat") && left >= 2 && is_search && !from_member {
            req.centre = Some(parse_point(&argv[i + 1], &argv[i + 2])?);
            from_lonlat = true;
            i += 2;
        } else if keyword(arg, "byradius") && left >= 2 && is_search && !by_box {
            req.size = Some(parse_radius(&argv[i + 1], &argv[i + 2])?);
            by_radius = true;
            i += 2;
        } else if keyword(arg, "bybox") && left >= 3 && is_search && !by_radius {
            req.size = Some(parse_box(&argv[i + 1], &argv[i + 2], &argv[i + 3])?);
            by_box = true;
            i += 3;
        } else {
            return Err(errors::syntax());
        }
        i += 1;
    }

    if req.store.is_some() && (req.with_dist || req.with_hash || req.with_coord) {
        let what = if search_store {
            "GEOSEARCHSTORE"
        } else {
            "STORE option in GEORADIUS"
        };
        return Err(Reply::error(format!(
            "ERR {what} is not compatible with WITHDIST, WITHHASH and WITHCOORD options"
        )));
    }
    // The command's name as the client typed it.
    let name = || args::text(errors::c_str(&argv[0], usize::MAX));
    if is_search && !(from_member || from_lonlat) {
        return Err(Reply::error(format!(
            "ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for {}",
            name()
        )));
    }
    if is_search && !(by_radius || by_box) {
        return Err(Reply::error(format!(
            "ERR exactly one of BYRADIUS and BYBOX can be specified for {}",
            name()
        )));
    }
    if req.any && req.count == 0 {
        return Err(Reply::error("ERR the ANY argument requires COUNT argument"));
    }
    Ok(req)
}

/// A point found by a search.
struct Found {
    member: Vec<u8>,
    score: f64,
    position: (f64, f64),
    /// Meters from the centre (converted to the request's unit before replying).
    dist: f64,
}

/// Every search command (Redis's georadiusGeneric).
fn search_command(ctx: &mut Ctx, argv: &[Bytes], variant: Variant) -> CmdResult {
    let resp = ctx.client.resp;
    let source = match variant {
        Variant::Search { store: true } => 2,
        _ => 1,
    };
    // The source is looked up before anything is parsed: WRONGTYPE comes first.
    let (req, found) = {
        let index = read_index(ctx, &argv[source])?;
        let req = parse_request(argv, variant, index)?;
        let found = match (index, req.centre, req.size) {
            (Some(z), Some((lon, lat)), Some((to_meters, kind))) => {
                let shape = Shape {
                    lon,
                    lat,
                    to_meters,
                    kind,
                };
                let limit = if req.any { req.count } else { 0 };
                Some(points_in_shape(z, &shape, limit))
            }
            _ => None,
        };
        (req, found)
    };
    let Some(mut found) = found else {
        // No source set: an empty answer (a STORE deletes its destination).
        return Ok(match req.store {
            Some(dst) => store_result(ctx, &argv[dst], Vec::new(), variant),
            None => Reply::Array(Vec::new()),
        });
    };
    let to_meters = req.size.map_or(1.0, |(m, _)| m);

    // COUNT means "the nearest N" unless ANY: it sorts by distance.
    let sort = if req.count != 0 && req.sort == Sort::None && !req.any {
        Sort::Asc
    } else {
        req.sort
    };
    let returned = if req.count == 0 {
        found.len()
    } else {
        req.count.min(found.len())
    };
    let by_distance = |a: &Found, b: &Found| {
        // Redis's comparator: greater, equal, or else less (NaN included).
        let ascending = if a.dist > b.dist {
            Ordering::Greater
        } else if a.dist == b.dist {
            Ordering::Equal
        } else {
            Ordering::Less
        };
        if sort == Sort::Desc {
            ascending.reverse()
        } else {
            ascending
        }
    };
    if sort != Sort::None {
        if returned == found.len() {
            // glibc's qsort is a merge sort: stable, like this one.
            found.sort_by(by_distance);
        } else {
            partial_quicksort(&mut found, &by_distance, returned - 1);
        }
    }
    found.truncate(returned);
    for f in &mut found {
        f.dist /= to_meters;
    }

    if let Some(dst) = req.store {
        let items = found
            .into_iter()
            .map(|f| (f.member, if req.store_dist { f.dist } else { f.score }))
            .collect();
        return Ok(store_result(ctx, &argv[dst], items, variant));
    }
    let extras =
        usize::from(req.with_dist) + usize::from(req.with_hash) + usize::from(req.with_coord);
    let reply_of = |f: Found| {
        let member = Reply::Bulk(Bytes::from(f.member));
        if extras == 0 {
            return member;
        }
        let mut item = Vec::with_capacity(extras + 1);
        item.push(member);
        if req.with_dist {
            item.push(distance_reply(f.dist));
        }
        if req.with_hash {
            item.push(Reply::Int(f.score as i64));
        }
        if req.with_coord {
            item.push(position_reply(resp, f.position));
        }
        Reply::Array(item)
    };
    Ok(Reply::Array(found.into_iter().map(reply_of).collect()))
}

/// The points of `index` inside `shape`, in the order the nine cells are scanned (each by
/// ascending score). With a `limit` (ANY), the scan stops as soon as that many are found.
fn points_in_shape(index: &ZSet, shape: &Shape, limit: usize) -> Vec<Found> {
    let cells = shape.search_cells();
    let mut found = Vec::new();
    // Big radii make adjacent neighbours the same cell: a cell equal to the last one scanned
    // is skipped (Redis compares with the last scanned neighbour only, never the centre).
    let mut last_scanned = 0;
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_none() || (last_scanned != 0 && *cell == cells[last_scanned]) {
            continue;
        }
        if limit > 0 && found.len() >= limit {
            break;
        }
        let (min, max) = cell.score_range();
        let range = ScoreRange {
            min: min as f64,
            max: max as f64,
            min_exclusive: false,
            max_exclusive: true,
        };
        let (lo, hi) = index.span(&range, false);
        let mut visit = |member: &[u8], score: f64| {
            if let Some((position, dist)) = shape.contains_score(score) {
                found.push(Found {
                    member: member.to_vec(),
                    score,
                    position,
                    dist,
                });
            }
            limit == 0 || found.len() < limit
        };
        visit_in_order(index, lo, hi, limit > 0, &mut visit);
        last_scanned = i;
    }
    found
}

/// Calls `f` on the elements of ranks `lo..hi` in ascending order until it returns false.
/// With `may_stop`, the walk goes in chunks so that stopping early saves the rest of it.
fn visit_in_order(
    index: &ZSet,
    lo: usize,
    hi: usize,
    may_stop: bool,
    f: &mut impl FnMut(&[u8], f64) -> bool,
) {
    const CHUNK: usize = 64;
    let chunk = if may_stop {
        CHUNK
    } else {
        hi.saturating_sub(lo).max(1)
    };
    let mut going = true;
    let mut start = lo;
    while going && start < hi {
        let end = hi.min(start + chunk);
        index.for_each_in(start, end, false, |member, score| {
            if going {
                going = f(member, score);
            }
        });
        start = end;
    }
}

/// Stores a search result at `dst` (replacing what was there and its TTL), or deletes `dst`
/// when the result is empty; replies with the number of elements stored.
fn store_result(
    ctx: &mut Ctx,
    dst: &Bytes,
    mut items: Vec<(Vec<u8>, f64)>,
    variant: Variant,
) -> Reply {
    if items.is_empty() {
        if ctx.delete(dst) {
            ctx.written(dst, NOTIFY_GENERIC, "del");
        }
        return Reply::Int(0);
    }
    // A member can only be found once; keep the set well-formed even if it were not so.
    let mut seen = std::collections::HashSet::new();
    items.retain(|(member, _)| seen.insert(member.clone()));
    let n = items.len();
    let limits = {
        let config = ctx.server.config.read();
        Limits {
            max_listpack_entries: config.zset_max_listpack_entries,
            max_listpack_value: config.zset_max_listpack_value,
        }
    };
    ctx.set(dst, Value::ZSet(ZSet::from_pairs(items, limits)), false);
    let event = match variant {
        Variant::Search { .. } => "geosearchstore",
        Variant::Radius { .. } => "georadiusstore",
    };
    ctx.written(dst, NOTIFY_ZSET, event);
    ctx.dirty += n as u64 - 1; // Redis counts one change per stored element
    Reply::Int(n as i64)
}

// ------------------------------------------------------------------------------------------
// Partial sorting.
// ------------------------------------------------------------------------------------------

/// Sorts `v` enough that its first `last + 1` elements are the smallest, in order, the way
/// Redis's `pqsort` does it (Bentley & McIlroy's quicksort, recursing only into the parts
/// that overlap the wanted positions): the same algorithm leaves equal elements in the same
/// order, so COUNT breaks ties exactly like Redis.
fn partial_quicksort<T>(v: &mut [T], cmp: &impl Fn(&T, &T) -> Ordering, last: usize) {
    pqsort_part(v, 0, cmp, last);
}

/// One partition round over `v`, which starts at position `offset` of the whole array.
fn pqsort_part<T>(
    mut v: &mut [T],
    mut offset: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
    last: usize,
) {
    // The wanted positions are 0..=last: a part matters when it starts at or before `last`.
    loop {
        let n = v.len();
        if n < 7 {
            for m in 1..n {
                let mut l = m;
                while l > 0 && cmp(&v[l - 1], &v[l]) == Ordering::Greater {
                    v.swap(l, l - 1);
                    l -= 1;
                }
            }
            return;
        }
        // The pivot: the middle element, or a median of three (of medians, for big parts).
        let mut pivot = n / 2;
        if n > 7 {
            let (mut lo, mut hi) = (0, n - 1);
            if n > 40 {
                let d = n / 8;
                lo = median_of_three(v, cmp, lo, lo + d, lo + 2 * d);
                pivot = median_of_three(v, cmp, pivot - d, pivot, pivot + d);
                hi = median_of_three(v, cmp, hi - 2 * d, hi - d, hi);
            }
            pivot = median_of_three(v, cmp, lo, pivot, hi);
        }
        v.swap(0, pivot);

        // Partition v[1..] into: equal to the pivot (gathered at both ends), less, greater.
        let (mut equal_lo, mut lt) = (1usize, 1usize); // v[1..equal_lo] == pivot, v[equal_lo..lt] < pivot
        let (mut gt, mut equal_hi) = (n as isize - 1, n as isize - 1); // v[gt+1..=equal_hi] > pivot, v[equal_hi+1..] == pivot
        loop {
            while lt as isize <= gt {
                let c = cmp(&v[lt], &v[0]);
                if c == Ordering::Greater {
                    break;
                }
                if c == Ordering::Equal {
                    v.swap(equal_lo, lt);
                    equal_lo += 1;
                }
                lt += 1;
            }
            while lt as isize <= gt {
                let c = cmp(&v[gt as usize], &v[0]);
                if c == Ordering::Less {
                    break;
                }
                if c == Ordering::Equal {
                    v.swap(gt as usize, equal_hi as usize);
                    equal_hi -= 1;
                }
                gt -= 1;
            }
            if lt as isize > gt {
                break;
            }
            v.swap(lt, gt as usize);
            lt += 1;
            gt -= 1;
        }
        // Move the equal runs from the ends to the middle.
        let (gt, equal_hi) = ((gt + 1) as usize, (equal_hi + 1) as usize); // now exclusive ends
        let r = equal_lo.min(lt - equal_lo);
        swap_runs(v, 0, lt - r, r);
        let r = (equal_hi - gt).min(n - equal_hi);
        swap_runs(v, lt, n - r, r);

        let wanted = |start: usize| start <= last;
        let less = lt - equal_lo;
        if less > 1 && wanted(offset) {
            pqsort_part(&mut v[..less], offset, cmp, last);
        }
        let greater = equal_hi - gt;
        if greater <= 1 || !wanted(offset + n - greater) {
            return;
        }
        offset += n - greater;
        v = &mut v[n - greater..];
    }
}

/// The index of the median of `v[a]`, `v[b]`, `v[c]` (with Redis's tie rules).
fn median_of_three<T>(
    v: &[T],
    cmp: &impl Fn(&T, &T) -> Ordering,
    a: usize,
    b: usize,
    c: usize,
) -> usize {
    use Ordering::{Greater, Less};
    if cmp(&v[a], &v[b]) == Less {
        if cmp(&v[b], &v[c]) == Less {
            b
        } else if cmp(&v[a], &v[c]) == Less {
            c
        } else {
            a
        }
    } else if cmp(&v[b], &v[c]) == Greater {
        b
    } else if cmp(&v[a], &v[c]) == Less {
        a
    } else {
        c
    }
}

/// Swaps the runs `v[a..a+len]` and `v[b..b+len]` element by element.
fn swap_runs<T>(v: &mut [T], a: usize, b: usize, len: usize) {
    for k in 0..len {
        v.swap(a + k, b + k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_print_like_redis() {
        let text = |d: f64| match distance_reply(d) {
            Reply::Bulk(b) => String::from_utf8(b.to_vec()).unwrap(),
            _ => unreachable!(),
        };
        assert_eq!(text(0.0), "0.0000");
        assert_eq!(text(-0.0), "0.0000");
        assert_eq!(text(166274.15156960033), "166274.1516");
        assert_eq!(text(0.00005), "0.0000"); // 0.5 rounds to even
        assert_eq!(text(0.00015), "0.0001"); // 1.4999999999999998 after scaling
        assert_eq!(text(2.5e-4 * 1.0000000000000002), "0.0003");
        assert_eq!(text(0.0123), "0.0123");
        assert_eq!(text(f64::NAN), "-922337203685477.5808");
    }

    #[test]
    fn partial_sort_orders_the_head() {
        // Pseudo-random values with many ties; the head must be sorted and hold the smallest.
        let mut seed = 12345u64;
        for n in [1usize, 5, 7, 8, 30, 41, 200] {
            let mut v: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 20) as u32
                })
                .collect();
            let mut sorted = v.clone();
            sorted.sort();
            let last = n / 3;
            partial_quicksort(&mut v, &|a: &u32, b: &u32| a.cmp(b), last);
            assert_eq!(v[..=last], sorted[..=last], "n = {n}");
        }
    }

    #[test]
    fn store_keys_follow_the_last_store_option() {
        let argv = |s: &str| {
            s.split(' ')
                .map(|w| Bytes::copy_from_slice(w.as_bytes()))
                .collect::<Vec<_>>()
        };
        assert_eq!(georadius_keys(&argv("georadius k 1 2 3 km")), vec![1]);
        assert_eq!(
            georadius_keys(&argv("georadius k 1 2 3 km STORE a storedist b")),
            vec![1, 9]
        );
        assert_eq!(
            georadius_keys(&argv("georadiusbymember k m 3 km store a")),
            vec![1, 6]
        );
        assert_eq!(georadius_keys(&argv("georadius k 1 2 3 km store")), vec![1]);
    }
}
