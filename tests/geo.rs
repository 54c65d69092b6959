//! GEO commands: GEOADD, GEODIST, GEOHASH, GEOPOS, GEORADIUS, GEORADIUSBYMEMBER (and their
//! `_RO` forms), GEOSEARCH, GEOSEARCHSTORE.
//!
//! Every expected reply below was recorded from redis-server 7.0.15 running the same commands
//! on an empty database: positions, distances and geohashes must match to the last digit, and
//! search results in the same order, ties included. `randomized_session_matches_redis` replays
//! a recorded session of random point sets and random radius and box searches.

mod common;
use common::*;

/// A fresh server and a raw connection to it.
fn raw_session() -> (TestServer, Raw) {
    let s = TestServer::start();
    let raw = s.raw();
    (s, raw)
}

#[test]
fn geoadd_options_coordinates_and_errors() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD points 13.361389 38.115556 Palermo 15.087269 37.502669 Catania"#,
                r#":2\r\n"#,
            ),
            (
                r#"ZRANGE points 0 -1 WITHSCORES"#,
                r#"*4\r\n$7\r\nPalermo\r\n$16\r\n3479099956230698\r\n$7\r\nCatania\r\n$16\r\n3479447370796909\r\n"#,
            ),
            (r#"TYPE points"#, r#"+zset\r\n"#),
            (r#"GEOADD points 13.361389 38.115556 Palermo"#, r#":0\r\n"#),
            (r#"GEOADD points 13.4 38.1 Palermo"#, r#":0\r\n"#),
            (r#"ZSCORE points Palermo"#, r#"$16\r\n3479099937378871\r\n"#),
            (
                r#"GEOADD points CH 13.361389 38.115556 Palermo 2.349014 48.864716 Paris"#,
                r#":2\r\n"#,
            ),
            (
                r#"GEOADD points NX 0 0 Palermo 12.496366 41.902782 Rome"#,
                r#":1\r\n"#,
            ),
            (r#"ZSCORE points Palermo"#, r#"$16\r\n3479099956230698\r\n"#),
            (
                r#"GEOADD points XX 0 0 Palermo 9.18 45.46 Milan"#,
                r#":0\r\n"#,
            ),
            (r#"ZSCORE points Palermo"#, r#"$16\r\n3377699720527872\r\n"#),
            (r#"ZSCORE points Milan"#, r#"$-1\r\n"#),
            (r#"GEOADD points CH NX 1 1 Palermo 1 1 Lyon"#, r#":1\r\n"#),
            (
                r#"GEOADD points XX CH 13.361389 38.115556 Palermo 1 1 Nowhere"#,
                r#":1\r\n"#,
            ),
            (
                r#"GEOADD points ch xx nx 1 1 x"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"GEOADD points nx xx 1 1 x"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points GT 1 1 x"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points LT 1 1 x"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points INCR 1 1 x"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points 1 1 x 2"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points 1 1 x 2 2"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points ch nx ch"#, r#"-ERR syntax error\r\n"#),
            (r#"GEOADD points NX CH XX"#, r#"-ERR syntax error\r\n"#),
            (
                r#"GEOADD points 200 10 x"#,
                r#"-ERR invalid longitude,latitude pair 200.000000,10.000000\r\n"#,
            ),
            (
                r#"GEOADD points -180.000001 0 x"#,
                r#"-ERR invalid longitude,latitude pair -180.000001,0.000000\r\n"#,
            ),
            (
                r#"GEOADD points 10 85.06 x"#,
                r#"-ERR invalid longitude,latitude pair 10.000000,85.060000\r\n"#,
            ),
            (
                r#"GEOADD points 10 -85.0511288 x"#,
                r#"-ERR invalid longitude,latitude pair 10.000000,-85.051129\r\n"#,
            ),
            (
                r#"GEOADD points 1 1 ok 200 100 bad"#,
                r#"-ERR invalid longitude,latitude pair 200.000000,100.000000\r\n"#,
            ),
            (r#"EXISTS ok"#, r#":0\r\n"#),
            (
                r#"GEOADD points abc 1 x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOADD points 1 abc x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOADD points 1 1 ok 1 nan x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOADD points 1 inf x"#,
                r#"-ERR invalid longitude,latitude pair 1.000000,inf\r\n"#,
            ),
            (
                r#"GEOADD points -inf 0 x"#,
                r#"-ERR invalid longitude,latitude pair -inf,0.000000\r\n"#,
            ),
            (
                r#"GEOADD points 1e400 0 x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOADD points 1e300 0 x"#,
                r#"-ERR invalid longitude,latitude pair 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000,0.000000\r\n"#,
            ),
            (
                r#"GEOADD points " 1" 0 x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOADD points "" 0 x"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (r#"GEOADD points 0x10 0 x"#, r#":1\r\n"#),
            (
                r#"GEOADD points 180 85.05112878 ne -180 -85.05112878 sw 180 -85.05112878 se -180 85.05112878 nw"#,
                r#":4\r\n"#,
            ),
            (
                r#"ZRANGE points 0 3 WITHSCORES"#,
                r#"*8\r\n$2\r\nsw\r\n$1\r\n0\r\n$4\r\nLyon\r\n$16\r\n3377822707026402\r\n$1\r\nx\r\n$16\r\n3387193746301568\r\n$7\r\nPalermo\r\n$16\r\n3479099956230698\r\n"#,
            ),
            (r#"GEOADD points 0 0 origin 1e-300 -0 tiny"#, r#":2\r\n"#),
            (r#"ZSCORE points origin"#, r#"$16\r\n3377699720527872\r\n"#),
            (r#"ZSCORE points tiny"#, r#"$16\r\n3377699720527872\r\n"#),
            (
                r#"GEOADD points"#,
                r#"-ERR wrong number of arguments for 'geoadd' command\r\n"#,
            ),
            (
                r#"GEOADD points 1 1"#,
                r#"-ERR wrong number of arguments for 'geoadd' command\r\n"#,
            ),
            (r#"GEOADD fresh XX 1 1 a"#, r#":0\r\n"#),
            (r#"EXISTS fresh"#, r#":0\r\n"#),
            (r#"GEOADD fresh NX 1 1 a"#, r#":1\r\n"#),
            (r#"GEOADD fresh 1 1 a 2 2 a"#, r#":0\r\n"#),
            (r#"ZSCORE fresh a"#, r#"$16\r\n3378191666521995\r\n"#),
            (r#"GEOADD "" 1 1 """#, r#":1\r\n"#),
            (
                r#"GEOPOS "" """#,
                r#"*1\r\n*2\r\n$19\r\n0.99999994039535522\r\n$19\r\n0.99999945914297683\r\n"#,
            ),
            (r#"SET str value"#, r#"+OK\r\n"#),
            (
                r#"GEOADD str 1 1 x"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEOADD str 200 1 x"#,
                r#"-ERR invalid longitude,latitude pair 200.000000,1.000000\r\n"#,
            ),
        ],
    );
}

#[test]
fn geopos_geohash_and_geodist() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania 13.583333 37.316667 Agrigento"#,
                r#":3\r\n"#,
            ),
            (
                r#"GEOPOS sicily Palermo Catania nope Agrigento"#,
                r#"*4\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n*-1\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n"#,
            ),
            (r#"GEOPOS sicily"#, r#"*0\r\n"#),
            (r#"GEOPOS nokey a b"#, r#"*2\r\n*-1\r\n*-1\r\n"#),
            (
                r#"GEOHASH sicily Palermo Catania nope Agrigento"#,
                r#"*4\r\n$11\r\nsqc8b49rny0\r\n$11\r\nsqdtr74hyu0\r\n$-1\r\n$11\r\nsq9sm1716e0\r\n"#,
            ),
            (r#"GEOHASH sicily"#, r#"*0\r\n"#),
            (r#"GEOHASH nokey a"#, r#"*1\r\n$-1\r\n"#),
            (
                r#"GEODIST sicily Palermo Catania"#,
                r#"$11\r\n166274.1516\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania m"#,
                r#"$11\r\n166274.1516\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania KM"#,
                r#"$8\r\n166.2742\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania ft"#,
                r#"$11\r\n545518.8700\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania Mi"#,
                r#"$8\r\n103.3182\r\n"#,
            ),
            (r#"GEODIST sicily Palermo Palermo"#, r#"$6\r\n0.0000\r\n"#),
            (r#"GEODIST sicily Palermo nope"#, r#"$-1\r\n"#),
            (r#"GEODIST sicily nope Palermo km"#, r#"$-1\r\n"#),
            (r#"GEODIST nokey a b"#, r#"$-1\r\n"#),
            (
                r#"GEODIST nokey a b yards"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania yards"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania km extra"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo"#,
                r#"-ERR wrong number of arguments for 'geodist' command\r\n"#,
            ),
            (
                r#"GEOPOS"#,
                r#"-ERR wrong number of arguments for 'geopos' command\r\n"#,
            ),
            (
                r#"GEOHASH"#,
                r#"-ERR wrong number of arguments for 'geohash' command\r\n"#,
            ),
            (
                r#"GEOADD edges 180 85.05112878 ne -180 -85.05112878 sw 180 -85.05112878 se -180 85.05112878 nw 0 0 origin -0.000001 -0.000001 nearorigin"#,
                r#":6\r\n"#,
            ),
            (
                r#"GEOPOS edges ne sw se nw origin nearorigin"#,
                r#"*6\r\n*2\r\n$3\r\n180\r\n$19\r\n85.0511287799999991\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$3\r\n180\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$19\r\n85.0511287799999991\r\n*2\r\n$19\r\n0.00000268220901489\r\n$19\r\n0.00000126736058093\r\n*2\r\n$20\r\n-0.00000268220901489\r\n$20\r\n-0.00000126736058093\r\n"#,
            ),
            (
                r#"GEOHASH edges ne sw se nw origin nearorigin"#,
                r#"*6\r\n$11\r\nbp05b5048p0\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n$11\r\nbp05b5048p0\r\n$11\r\ns0000000000\r\n$11\r\n7zzzzzzzzz0\r\n"#,
            ),
            (r#"GEODIST edges ne sw"#, r#"$13\r\n18919844.5891\r\n"#),
            (r#"GEODIST edges nw ne km"#, r#"$6\r\n0.0000\r\n"#),
            (r#"GEODIST edges sw se mi"#, r#"$6\r\n0.0000\r\n"#),
            (
                r#"GEODIST edges origin nearorigin m"#,
                r#"$6\r\n0.6599\r\n"#,
            ),
            (
                r#"GEODIST edges origin nearorigin ft"#,
                r#"$6\r\n2.1651\r\n"#,
            ),
            (
                r#"ZADD odd -1 neg 1e30 big inf pinf -inf ninf 9223372036854775808 two63 -9.3e18 vneg 1.5 frac 4503599627370496 two52 -0.5 halfneg 0 zero"#,
                r#":10\r\n"#,
            ),
            (
                r#"GEOPOS odd neg big pinf ninf two63 vneg frac two52 halfneg zero"#,
                r#"*10\r\n*2\r\n$3\r\n180\r\n$19\r\n85.0511287799999991\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$3\r\n180\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$3\r\n180\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$3\r\n180\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112497791824921\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$19\r\n85.0511287799999991\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112751263942528\r\n*2\r\n$22\r\n-179.99999731779098511\r\n$21\r\n-85.05112751263942528\r\n"#,
            ),
            (
                r#"GEOHASH odd neg big pinf ninf two63 vneg frac two52 halfneg zero"#,
                r#"*10\r\n$11\r\nbp05b5048p0\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj210\r\n$11\r\nbp05b5048p0\r\n$11\r\n00bh0hbj200\r\n$11\r\n00bh0hbj200\r\n"#,
            ),
            (r#"GEODIST odd neg big"#, r#"$13\r\n18919844.5891\r\n"#),
            (r#"GEODIST odd pinf ninf km"#, r#"$6\r\n0.0000\r\n"#),
            (r#"SET str value"#, r#"+OK\r\n"#),
            (
                r#"GEOPOS str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEOHASH str a"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEODIST str a b"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEODIST str a b parsecs"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (r#"GEODIST str a b km extra"#, r#"-ERR syntax error\r\n"#),
        ],
    );
}

#[test]
fn georadius_and_georadiusbymember() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD cities 13.361389 38.115556 Palermo 15.087269 37.502669 Catania 13.583333 37.316667 Agrigento 12.496366 41.902782 Rome 14.268124 40.851775 Naples 9.18 45.46 Milan 2.349014 48.864716 Paris"#,
                r#":7\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km ASC"#,
                r#"*3\r\n$7\r\nCatania\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km DESC"#,
                r#"*3\r\n$7\r\nPalermo\r\n$9\r\nAgrigento\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n*2\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHCOORD"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n*2\r\n$7\r\nPalermo\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n*2\r\n$7\r\nCatania\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHHASH"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n:3479030013248308\r\n*2\r\n$7\r\nPalermo\r\n:3479099956230698\r\n*2\r\n$7\r\nCatania\r\n:3479447370796909\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHDIST WITHCOORD WITHHASH ASC"#,
                r#"*3\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n*4\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n:3479030013248308\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n*4\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n:3479099956230698\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km withhash withcoord withdist"#,
                r#"*3\r\n*4\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n:3479030013248308\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n*4\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n:3479099956230698\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200000 m WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$11\r\n130423.4871\r\n*2\r\n$7\r\nPalermo\r\n$11\r\n190442.4298\r\n*2\r\n$7\r\nCatania\r\n$10\r\n56441.2579\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 124.274 mi WITHDIST DESC"#,
                r#"*3\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n118.3357\r\n*2\r\n$9\r\nAgrigento\r\n$7\r\n81.0416\r\n*2\r\n$7\r\nCatania\r\n$7\r\n35.0711\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 656168 ft WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$11\r\n427898.5796\r\n*2\r\n$7\r\nPalermo\r\n$11\r\n624811.1215\r\n*2\r\n$7\r\nCatania\r\n$11\r\n185174.7305\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 2"#,
                r#"*2\r\n$7\r\nCatania\r\n$9\r\nAgrigento\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 2 DESC"#,
                r#"*2\r\n$4\r\nRome\r\n$6\r\nNaples\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 3 ANY"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 3 ANY ASC"#,
                r#"*3\r\n$7\r\nCatania\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 3 ANY DESC WITHDIST"#,
                r#"*3\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n*2\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 100"#,
                r#"*5\r\n$7\r\nCatania\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$6\r\nNaples\r\n$4\r\nRome\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km ANY"#,
                r#"-ERR the ANY argument requires COUNT argument\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 0"#,
                r#"-ERR COUNT must be > 0\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT -3"#,
                r#"-ERR COUNT must be > 0\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT many"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km COUNT 2 COUNT 1"#,
                r#"*1\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km ASC DESC"#,
                r#"*5\r\n$4\r\nRome\r\n$6\r\nNaples\r\n$7\r\nPalermo\r\n$9\r\nAgrigento\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km BYBOX"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 1000 km FROMMEMBER Palermo"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"GEORADIUS cities 15 37 1 km"#, r#"*0\r\n"#),
            (r#"GEORADIUS cities 15 37 0 km"#, r#"*0\r\n"#),
            (r#"GEORADIUS cities 13.361389 38.115556 0 km"#, r#"*0\r\n"#),
            (
                r#"GEORADIUS cities 15 37 -1 km"#,
                r#"-ERR radius cannot be negative\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 far km"#,
                r#"-ERR need numeric radius\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 10 parsecs"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (r#"GEORADIUS cities 15 37 10 KM"#, r#"*0\r\n"#),
            (r#"GEORADIUS cities 15 37 10 Ft"#, r#"*0\r\n"#),
            (
                r#"GEORADIUS cities 200 37 10 km"#,
                r#"-ERR invalid longitude,latitude pair 200.000000,37.000000\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 86 10 km"#,
                r#"-ERR invalid longitude,latitude pair 15.000000,86.000000\r\n"#,
            ),
            (
                r#"GEORADIUS cities east 37 10 km"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37"#,
                r#"-ERR wrong number of arguments for 'georadius' command\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 10"#,
                r#"-ERR wrong number of arguments for 'georadius' command\r\n"#,
            ),
            (
                r#"GEORADIUS cities 0 0 50000 km"#,
                r#"*7\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n$4\r\nRome\r\n$6\r\nNaples\r\n$5\r\nMilan\r\n$5\r\nParis\r\n"#,
            ),
            (
                r#"GEORADIUS cities 0 0 50000 km COUNT 3 WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$9\r\n4379.1162\r\n*2\r\n$7\r\nCatania\r\n$9\r\n4449.6961\r\n*2\r\n$7\r\nPalermo\r\n$9\r\n4454.7332\r\n"#,
            ),
            (
                r#"GEORADIUS cities -180 -85.05112878 20000 km COUNT 2"#,
                r#"*2\r\n$9\r\nAgrigento\r\n$7\r\nCatania\r\n"#,
            ),
            (r#"GEORADIUS nokey 15 37 200 km"#, r#"*0\r\n"#),
            (
                r#"GEORADIUS nokey 15 37 200 km WITHDIST COUNT 3"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEORADIUS nokey 15 37 -200 km"#,
                r#"-ERR radius cannot be negative\r\n"#,
            ),
            (
                r#"GEORADIUS nokey 15 37 200 km ANY"#,
                r#"-ERR the ANY argument requires COUNT argument\r\n"#,
            ),
            (
                r#"GEORADIUS_RO cities 15 37 200 km WITHDIST ASC"#,
                r#"*3\r\n*2\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n"#,
            ),
            (
                r#"GEORADIUS_RO cities 15 37 200 km STORE dst"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEORADIUS_RO cities 15 37 200 km STOREDIST dst"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"GEORADIUS_RO nokey 15 37 200 km"#, r#"*0\r\n"#),
            (r#"GEORADIUS cities 15 37 200 km STORE dst"#, r#":3\r\n"#),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*6\r\n$9\r\nAgrigento\r\n$16\r\n3479030013248308\r\n$7\r\nPalermo\r\n$16\r\n3479099956230698\r\n$7\r\nCatania\r\n$16\r\n3479447370796909\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km STOREDIST dst"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*6\r\n$7\r\nCatania\r\n$18\r\n56.441257870158204\r\n$9\r\nAgrigento\r\n$18\r\n130.42348706714702\r\n$7\r\nPalermo\r\n$18\r\n190.44242984775784\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km STOREDIST dst COUNT 1 DESC"#,
                r#":1\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*2\r\n$7\r\nPalermo\r\n$18\r\n190.44242984775784\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 mi STORE dst STOREDIST dst2"#,
                r#":3\r\n"#,
            ),
            (r#"EXISTS dst"#, r#":1\r\n"#),
            (
                r#"ZRANGE dst2 0 -1 WITHSCORES"#,
                r#"*6\r\n$7\r\nCatania\r\n$18\r\n35.071058862737644\r\n$9\r\nAgrigento\r\n$18\r\n81.041599082323827\r\n$7\r\nPalermo\r\n$18\r\n118.33573380874013\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km STORE dst WITHDIST"#,
                r#"-ERR STORE option in GEORADIUS is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHCOORD STOREDIST dst"#,
                r#"-ERR STORE option in GEORADIUS is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km WITHHASH STORE dst"#,
                r#"-ERR STORE option in GEORADIUS is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km STORE"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEORADIUS cities 15 37 200 km STORE dst extra"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"GEORADIUS cities 15 37 1 m STORE dst"#, r#":0\r\n"#),
            (r#"EXISTS dst"#, r#":0\r\n"#),
            (r#"GEORADIUS nokey 15 37 1 m STORE dst2"#, r#":0\r\n"#),
            (r#"EXISTS dst2"#, r#":0\r\n"#),
            (r#"SET dst3 value"#, r#"+OK\r\n"#),
            (r#"EXPIRE dst3 1000"#, r#":1\r\n"#),
            (r#"GEORADIUS cities 15 37 200 km STORE dst3"#, r#":3\r\n"#),
            (r#"TTL dst3"#, r#":-1\r\n"#),
            (r#"TYPE dst3"#, r#"+zset\r\n"#),
            (r#"GEORADIUS cities 15 37 200 km STORE cities"#, r#":3\r\n"#),
            (
                r#"ZRANGE cities 0 -1"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 200 km"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 200 km WITHDIST WITHCOORD WITHHASH"#,
                r#"*3\r\n*4\r\n$9\r\nAgrigento\r\n$7\r\n90.9778\r\n:3479030013248308\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n*4\r\n$7\r\nPalermo\r\n$6\r\n0.0000\r\n:3479099956230698\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n*4\r\n$7\r\nCatania\r\n$8\r\n166.2742\r\n:3479447370796909\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 km COUNT 1"#,
                r#"*1\r\n$7\r\nPalermo\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 km COUNT 1 DESC"#,
                r#"*1\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 km COUNT 2 ANY"#,
                r#"*2\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities nowhere 300 km"#,
                r#"-ERR could not decode requested zset member\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities nowhere -300 km"#,
                r#"-ERR could not decode requested zset member\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo -300 km"#,
                r#"-ERR radius cannot be negative\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 lightyears"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300"#,
                r#"-ERR wrong number of arguments for 'georadiusbymember' command\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere -300 lightyears"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere -300 lightyears WITHDIST COUNT 2"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere x y COUNT 0"#,
                r#"-ERR COUNT must be > 0\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere x y bogus"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere x y ANY"#,
                r#"-ERR the ANY argument requires COUNT argument\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere x y STORE d WITHDIST"#,
                r#"-ERR STORE option in GEORADIUS is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER nokey nowhere x y STORE d"#,
                r#":0\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 km STORE near"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE near 0 -1 WITHSCORES"#,
                r#"*6\r\n$9\r\nAgrigento\r\n$16\r\n3479030013248308\r\n$7\r\nPalermo\r\n$16\r\n3479099956230698\r\n$7\r\nCatania\r\n$16\r\n3479447370796909\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER cities Palermo 300 km STOREDIST near"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE near 0 -1 WITHSCORES"#,
                r#"*6\r\n$7\r\nPalermo\r\n$1\r\n0\r\n$9\r\nAgrigento\r\n$18\r\n90.977753537996037\r\n$7\r\nCatania\r\n$18\r\n166.27415156960032\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER_RO cities Palermo 300 km WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$7\r\n90.9778\r\n*2\r\n$7\r\nPalermo\r\n$6\r\n0.0000\r\n*2\r\n$7\r\nCatania\r\n$8\r\n166.2742\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER_RO cities Palermo 300 km STORE near"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (r#"GEORADIUSBYMEMBER_RO nokey Palermo 300 km"#, r#"*0\r\n"#),
            (r#"SET str value"#, r#"+OK\r\n"#),
            (
                r#"GEORADIUS str 15 37 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEORADIUS str 200 37 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER str Palermo 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEORADIUS_RO str 15 37 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER_RO str a 1 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (r#"GEORADIUS cities 15 37 200 km STORE str"#, r#":3\r\n"#),
            (r#"TYPE str"#, r#"+zset\r\n"#),
        ],
    );
}

#[test]
fn geosearch_and_geosearchstore() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD cities 13.361389 38.115556 Palermo 15.087269 37.502669 Catania 13.583333 37.316667 Agrigento 12.496366 41.902782 Rome 14.268124 40.851775 Naples 9.18 45.46 Milan 2.349014 48.864716 Paris"#,
                r#":7\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km ASC WITHDIST"#,
                r#"*3\r\n*2\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Palermo BYRADIUS 200 km DESC WITHCOORD WITHHASH WITHDIST"#,
                r#"*3\r\n*4\r\n$7\r\nCatania\r\n$8\r\n166.2742\r\n:3479447370796909\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n*4\r\n$9\r\nAgrigento\r\n$7\r\n90.9778\r\n:3479030013248308\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n*4\r\n$7\r\nPalermo\r\n$6\r\n0.0000\r\n:3479099956230698\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 400 400 km"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 400 400 km ASC WITHDIST"#,
                r#"*3\r\n*2\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n130.4235\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1000 100 km WITHCOORD"#,
                r#"*1\r\n*2\r\n$9\r\nAgrigento\r\n*2\r\n$19\r\n13.5833314061164856\r\n$20\r\n37.31666804993816555\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 100 1000 km WITHCOORD"#,
                r#"*1\r\n*2\r\n$7\r\nCatania\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Naples BYBOX 800 900 mi COUNT 3 WITHDIST"#,
                r#"*3\r\n*2\r\n$6\r\nNaples\r\n$6\r\n0.0000\r\n*2\r\n$4\r\nRome\r\n$8\r\n117.1238\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n195.1920\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Naples BYBOX 800 900 mi COUNT 3 ANY WITHDIST"#,
                r#"*3\r\n*2\r\n$9\r\nAgrigento\r\n$8\r\n247.0658\r\n*2\r\n$7\r\nPalermo\r\n$8\r\n195.1920\r\n*2\r\n$7\r\nCatania\r\n$8\r\n235.5870\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Naples BYBOX 0 0 km WITHDIST"#,
                r#"*1\r\n*2\r\n$6\r\nNaples\r\n$6\r\n0.0000\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Naples BYRADIUS 0 km WITHDIST"#,
                r#"*1\r\n*2\r\n$6\r\nNaples\r\n$6\r\n0.0000\r\n"#,
            ),
            (
                r#"GEOSEARCH cities BYRADIUS 200 km FROMLONLAT 15 37 COUNT 1"#,
                r#"*1\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 FROMLONLAT 13 38 BYRADIUS 10 km"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Rome FROMMEMBER Palermo BYRADIUS 10 km"#,
                r#"*1\r\n$7\r\nPalermo\r\n"#,
            ),
            (
                r#"GEOSEARCH cities BYRADIUS 1 km BYRADIUS 200 km FROMLONLAT 15 37"#,
                r#"*3\r\n$9\r\nAgrigento\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Palermo FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 FROMMEMBER Palermo BYRADIUS 200 km"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km BYBOX 1 1 km"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 1 km BYRADIUS 200 km"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 1 km COUNT 1 STOREDIST"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 1 km STORE dst"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities BYRADIUS 200 km ASC WITHDIST"#,
                r#"-ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for GEOSEARCH\r\n"#,
            ),
            (
                r#"geosearch cities byradius 200 km asc withdist"#,
                r#"-ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for geosearch\r\n"#,
            ),
            (
                r#"GeoSearch cities byradius 200 km asc withdist"#,
                r#"-ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for GeoSearch\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Palermo ASC WITHDIST"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"geosearch cities frommember Palermo asc withdist"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km ANY"#,
                r#"-ERR the ANY argument requires COUNT argument\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km COUNT 0"#,
                r#"-ERR COUNT must be > 0\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km COUNT x"#,
                r#"-ERR value is not an integer or out of range\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 200 200"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 BYBOX 200 200 km"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER Palermo BYRADIUS"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS -1 km"#,
                r#"-ERR radius cannot be negative\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS x km"#,
                r#"-ERR need numeric radius\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 1 au"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX x 1 km"#,
                r#"-ERR need numeric width\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 x km"#,
                r#"-ERR need numeric height\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX x y km"#,
                r#"-ERR need numeric width\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX -1 1 km"#,
                r#"-ERR height or width cannot be negative\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 -1 km"#,
                r#"-ERR height or width cannot be negative\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX 1 1 au"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 181 37 BYBOX 1 1 km"#,
                r#"-ERR invalid longitude,latitude pair 181.000000,37.000000\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 north BYBOX 1 1 km"#,
                r#"-ERR value is not a valid float\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER nowhere BYBOX 1 1 km"#,
                r#"-ERR could not decode requested zset member\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMMEMBER nowhere BYBOX -1 1 km"#,
                r#"-ERR could not decode requested zset member\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYBOX -1 1 km FROMMEMBER nowhere"#,
                r#"-ERR height or width cannot be negative\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37 BYRADIUS 200 km WITHDIST bogus"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCH cities FROMLONLAT 15 37"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMMEMBER nowhere BYRADIUS 200 km"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMMEMBER nowhere BYRADIUS -200 km"#,
                r#"-ERR radius cannot be negative\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMMEMBER nowhere BYBOX 1 1 ly"#,
                r#"-ERR unsupported unit provided. please use M, KM, FT, MI\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMLONLAT 200 37 BYRADIUS 200 km"#,
                r#"-ERR invalid longitude,latitude pair 200.000000,37.000000\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMMEMBER nowhere COUNT 1"#,
                r#"-ERR wrong number of arguments for 'geosearch' command\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey BYRADIUS 1 km COUNT 1"#,
                r#"-ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for GEOSEARCH\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*6\r\n$9\r\nAgrigento\r\n$16\r\n3479030013248308\r\n$7\r\nPalermo\r\n$16\r\n3479099956230698\r\n$7\r\nCatania\r\n$16\r\n3479447370796909\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km STOREDIST"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*6\r\n$7\r\nCatania\r\n$18\r\n56.441257870158204\r\n$9\r\nAgrigento\r\n$18\r\n130.42348706714702\r\n$7\r\nPalermo\r\n$18\r\n190.44242984775784\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYBOX 400 400 km STOREDIST COUNT 2 DESC"#,
                r#":2\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*4\r\n$9\r\nAgrigento\r\n$18\r\n130.42348706714702\r\n$7\r\nPalermo\r\n$18\r\n190.44242984775784\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMMEMBER Rome BYRADIUS 1 m"#,
                r#":1\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*2\r\n$4\r\nRome\r\n$16\r\n3480343273965391\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMMEMBER Rome BYRADIUS 1 km"#,
                r#":1\r\n"#,
            ),
            (r#"EXISTS dst"#, r#":1\r\n"#),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km WITHDIST"#,
                r#"-ERR GEOSEARCHSTORE is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km WITHHASH STOREDIST"#,
                r#"-ERR GEOSEARCHSTORE is not compatible with WITHDIST, WITHHASH and WITHCOORD options\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km STORE other"#,
                r#"-ERR syntax error\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km STOREDIST STOREDIST"#,
                r#":3\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities BYRADIUS 200 km"#,
                r#"-ERR wrong number of arguments for 'geosearchstore' command\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 COUNT 2"#,
                r#"-ERR exactly one of BYRADIUS and BYBOX can be specified for GEOSEARCHSTORE\r\n"#,
            ),
            (
                r#"geosearchstore dst cities FROMLONLAT 15 37 COUNT 2"#,
                r#"-ERR exactly one of BYRADIUS and BYBOX can be specified for geosearchstore\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS"#,
                r#"-ERR wrong number of arguments for 'geosearchstore' command\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst nokey FROMMEMBER x BYRADIUS 1 km"#,
                r#":0\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#":3\r\n"#,
            ),
            (r#"SET dst value"#, r#"+OK\r\n"#),
            (r#"EXPIRE dst 100"#, r#":1\r\n"#),
            (
                r#"GEOSEARCHSTORE dst nokey FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#":0\r\n"#,
            ),
            (r#"EXISTS dst"#, r#":0\r\n"#),
            (r#"SET dst value"#, r#"+OK\r\n"#),
            (r#"EXPIRE dst 100"#, r#":1\r\n"#),
            (
                r#"GEOSEARCHSTORE dst cities FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#":3\r\n"#,
            ),
            (r#"TTL dst"#, r#":-1\r\n"#),
            (
                r#"GEOSEARCHSTORE cities cities FROMMEMBER Palermo BYRADIUS 200 km STOREDIST"#,
                r#":3\r\n"#,
            ),
            (
                r#"ZRANGE cities 0 -1 WITHSCORES"#,
                r#"*6\r\n$7\r\nPalermo\r\n$1\r\n0\r\n$9\r\nAgrigento\r\n$18\r\n90.977753537996037\r\n$7\r\nCatania\r\n$18\r\n166.27415156960032\r\n"#,
            ),
            (r#"SET str value"#, r#"+OK\r\n"#),
            (
                r#"GEOSEARCH str FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEOSEARCH str FROMLONLAT 1500 37 BYRADIUS 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst str FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE str dst FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#":3\r\n"#,
            ),
            (r#"TYPE str"#, r#"+zset\r\n"#),
        ],
    );
}

#[test]
fn resp3_replies() {
    let (_s, mut raw) = raw_session();
    assert!(raw.cmd(&["HELLO", "3"]).starts_with("%7\r\n"));
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD sicily 13.361389 38.115556 Palermo 15.087269 37.502669 Catania"#,
                r#":2\r\n"#,
            ),
            (
                r#"GEOPOS sicily Palermo nope Catania"#,
                r#"*3\r\n*2\r\n,13.36138933897018433\r\n,38.11555639549629859\r\n_\r\n*2\r\n,15.08726745843887329\r\n,37.50266842333162032\r\n"#,
            ),
            (r#"GEOPOS nokey a"#, r#"*1\r\n_\r\n"#),
            (
                r#"GEOHASH sicily Palermo nope"#,
                r#"*2\r\n$11\r\nsqc8b49rny0\r\n_\r\n"#,
            ),
            (
                r#"GEODIST sicily Palermo Catania km"#,
                r#"$8\r\n166.2742\r\n"#,
            ),
            (r#"GEODIST sicily Palermo nope"#, r#"_\r\n"#),
            (r#"GEODIST nokey a b"#, r#"_\r\n"#),
            (
                r#"GEORADIUS sicily 15 37 200 km WITHDIST WITHHASH WITHCOORD ASC"#,
                r#"*2\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n,15.08726745843887329\r\n,37.50266842333162032\r\n*4\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n:3479099956230698\r\n*2\r\n,13.36138933897018433\r\n,38.11555639549629859\r\n"#,
            ),
            (
                r#"GEORADIUSBYMEMBER sicily Palermo 200 km WITHCOORD COUNT 1"#,
                r#"*1\r\n*2\r\n$7\r\nPalermo\r\n*2\r\n,13.36138933897018433\r\n,38.11555639549629859\r\n"#,
            ),
            (
                r#"GEOSEARCH sicily FROMLONLAT 15 37 BYBOX 400 400 km DESC WITHCOORD"#,
                r#"*2\r\n*2\r\n$7\r\nPalermo\r\n*2\r\n,13.36138933897018433\r\n,38.11555639549629859\r\n*2\r\n$7\r\nCatania\r\n*2\r\n,15.08726745843887329\r\n,37.50266842333162032\r\n"#,
            ),
            (
                r#"GEOSEARCH sicily FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"*2\r\n$7\r\nPalermo\r\n$7\r\nCatania\r\n"#,
            ),
            (
                r#"GEOSEARCH nokey FROMLONLAT 15 37 BYRADIUS 200 km"#,
                r#"*0\r\n"#,
            ),
            (
                r#"GEOSEARCHSTORE dst sicily FROMLONLAT 15 37 BYRADIUS 200 km STOREDIST"#,
                r#":2\r\n"#,
            ),
            (
                r#"ZRANGE dst 0 -1 WITHSCORES"#,
                r#"*2\r\n*2\r\n$7\r\nCatania\r\n,56.441257870158204\r\n*2\r\n$7\r\nPalermo\r\n,190.44242984775784\r\n"#,
            ),
            (
                r#"GEOADD edges 180 85.05112878 ne -180 -85.05112878 sw 0 0 origin"#,
                r#":3\r\n"#,
            ),
            (
                r#"GEOPOS edges ne sw origin"#,
                r#"*3\r\n*2\r\n,180\r\n,85.0511287799999991\r\n*2\r\n,-179.99999731779098511\r\n,-85.05112751263942528\r\n*2\r\n,0.00000268220901489\r\n,0.00000126736058093\r\n"#,
            ),
        ],
    );
}

/// Many members at the same few places: equal distances. A full sort keeps them in scan order
/// (glibc's qsort is stable); COUNT sorts only the head with Redis's own partial quicksort,
/// which orders ties differently. Both must come out as Redis has them.
#[test]
fn equal_distances_are_ordered_like_redis() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"GEOADD ties 2.35 48.85 t00 2.36 48.86 t01 2.34 48.84 t02 2.351 48.851 t03 2.35 48.85 t04 2.36 48.86 t05 2.34 48.84 t06 2.351 48.851 t07 2.35 48.85 t08 2.36 48.86 t09 2.34 48.84 t10 2.351 48.851 t11 2.35 48.85 t12 2.36 48.86 t13 2.34 48.84 t14 2.351 48.851 t15 2.35 48.85 t16 2.36 48.86 t17 2.34 48.84 t18 2.351 48.851 t19 2.35 48.85 t20 2.36 48.86 t21 2.34 48.84 t22 2.351 48.851 t23 2.35 48.85 t24 2.36 48.86 t25 2.34 48.84 t26 2.351 48.851 t27 2.35 48.85 t28 2.36 48.86 t29 2.34 48.84 t30 2.351 48.851 t31 2.35 48.85 t32 2.36 48.86 t33 2.34 48.84 t34 2.351 48.851 t35 2.35 48.85 t36 2.36 48.86 t37 2.34 48.84 t38 2.351 48.851 t39 2.34 48.84 t40 2.34 48.84 t41 2.36 48.86 t42 2.36 48.86 t43 2.36 48.86 t44 2.35 48.85 t45 2.34 48.84 t46 2.351 48.851 t47 2.36 48.86 t48 2.36 48.86 t49 2.35 48.85 t50 2.34 48.84 t51 2.35 48.85 t52 2.351 48.851 t53 2.36 48.86 t54 2.36 48.86 t55 2.351 48.851 t56 2.36 48.86 t57 2.34 48.84 t58 2.34 48.84 t59"#,
                r#":60\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 1"#,
                r#"*1\r\n$3\r\nt45\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 1"#,
                r#"*1\r\n$3\r\nt05\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 5"#,
                r#"*5\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 5"#,
                r#"*5\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 7"#,
                r#"*7\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 7"#,
                r#"*7\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 8"#,
                r#"*8\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 8"#,
                r#"*8\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 13"#,
                r#"*13\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 13"#,
                r#"*13\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n$3\r\nt42\r\n$3\r\nt37\r\n$3\r\nt33\r\n$3\r\nt29\r\n$3\r\nt25\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 20"#,
                r#"*20\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt07\r\n$3\r\nt56\r\n$3\r\nt53\r\n$3\r\nt47\r\n$3\r\nt39\r\n$3\r\nt35\r\n$3\r\nt31\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 20"#,
                r#"*20\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n$3\r\nt42\r\n$3\r\nt37\r\n$3\r\nt33\r\n$3\r\nt29\r\n$3\r\nt25\r\n$3\r\nt21\r\n$3\r\nt17\r\n$3\r\nt13\r\n$3\r\nt09\r\n$3\r\nt01\r\n$3\r\nt35\r\n$3\r\nt03\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 33"#,
                r#"*33\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt07\r\n$3\r\nt56\r\n$3\r\nt53\r\n$3\r\nt47\r\n$3\r\nt39\r\n$3\r\nt35\r\n$3\r\nt31\r\n$3\r\nt27\r\n$3\r\nt23\r\n$3\r\nt19\r\n$3\r\nt15\r\n$3\r\nt11\r\n$3\r\nt03\r\n$3\r\nt57\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 33"#,
                r#"*33\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n$3\r\nt42\r\n$3\r\nt37\r\n$3\r\nt33\r\n$3\r\nt29\r\n$3\r\nt25\r\n$3\r\nt21\r\n$3\r\nt17\r\n$3\r\nt13\r\n$3\r\nt09\r\n$3\r\nt01\r\n$3\r\nt35\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt41\r\n$3\r\nt38\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 41"#,
                r#"*41\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt07\r\n$3\r\nt56\r\n$3\r\nt53\r\n$3\r\nt47\r\n$3\r\nt39\r\n$3\r\nt35\r\n$3\r\nt31\r\n$3\r\nt27\r\n$3\r\nt23\r\n$3\r\nt19\r\n$3\r\nt15\r\n$3\r\nt11\r\n$3\r\nt03\r\n$3\r\nt57\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 41"#,
                r#"*41\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n$3\r\nt42\r\n$3\r\nt37\r\n$3\r\nt33\r\n$3\r\nt29\r\n$3\r\nt25\r\n$3\r\nt21\r\n$3\r\nt17\r\n$3\r\nt13\r\n$3\r\nt09\r\n$3\r\nt01\r\n$3\r\nt35\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt41\r\n$3\r\nt38\r\n$3\r\nt34\r\n$3\r\nt30\r\n$3\r\nt26\r\n$3\r\nt22\r\n$3\r\nt02\r\n$3\r\nt18\r\n$3\r\nt14\r\n$3\r\nt10\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 59"#,
                r#"*59\r\n$3\r\nt45\r\n$3\r\nt52\r\n$3\r\nt50\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt07\r\n$3\r\nt56\r\n$3\r\nt53\r\n$3\r\nt47\r\n$3\r\nt39\r\n$3\r\nt35\r\n$3\r\nt31\r\n$3\r\nt27\r\n$3\r\nt23\r\n$3\r\nt19\r\n$3\r\nt15\r\n$3\r\nt11\r\n$3\r\nt03\r\n$3\r\nt57\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt01\r\n$3\r\nt02\r\n$3\r\nt58\r\n$3\r\nt51\r\n$3\r\nt46\r\n$3\r\nt41\r\n$3\r\nt40\r\n$3\r\nt38\r\n$3\r\nt34\r\n$3\r\nt30\r\n$3\r\nt26\r\n$3\r\nt22\r\n$3\r\nt18\r\n$3\r\nt14\r\n$3\r\nt10\r\n$3\r\nt06\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 59"#,
                r#"*59\r\n$3\r\nt05\r\n$3\r\nt57\r\n$3\r\nt55\r\n$3\r\nt54\r\n$3\r\nt49\r\n$3\r\nt48\r\n$3\r\nt44\r\n$3\r\nt43\r\n$3\r\nt42\r\n$3\r\nt37\r\n$3\r\nt33\r\n$3\r\nt29\r\n$3\r\nt25\r\n$3\r\nt21\r\n$3\r\nt17\r\n$3\r\nt13\r\n$3\r\nt09\r\n$3\r\nt01\r\n$3\r\nt35\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt41\r\n$3\r\nt38\r\n$3\r\nt34\r\n$3\r\nt30\r\n$3\r\nt26\r\n$3\r\nt22\r\n$3\r\nt02\r\n$3\r\nt18\r\n$3\r\nt14\r\n$3\r\nt10\r\n$3\r\nt06\r\n$3\r\nt59\r\n$3\r\nt58\r\n$3\r\nt51\r\n$3\r\nt46\r\n$3\r\nt40\r\n$3\r\nt50\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt08\r\n$3\r\nt04\r\n$3\r\nt00\r\n$3\r\nt45\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 60"#,
                r#"*60\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 60"#,
                r#"*60\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 100"#,
                r#"*60\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n"#,
            ),
            (
                r#"GEORADIUS ties 2.345 48.845 10 km DESC COUNT 100"#,
                r#"*60\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km ASC"#,
                r#"*60\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km DESC"#,
                r#"*60\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km"#,
                r#"*60\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n$3\r\nt40\r\n$3\r\nt41\r\n$3\r\nt46\r\n$3\r\nt51\r\n$3\r\nt58\r\n$3\r\nt59\r\n$3\r\nt00\r\n$3\r\nt04\r\n$3\r\nt08\r\n$3\r\nt12\r\n$3\r\nt16\r\n$3\r\nt20\r\n$3\r\nt24\r\n$3\r\nt28\r\n$3\r\nt32\r\n$3\r\nt36\r\n$3\r\nt45\r\n$3\r\nt50\r\n$3\r\nt52\r\n$3\r\nt03\r\n$3\r\nt07\r\n$3\r\nt11\r\n$3\r\nt15\r\n$3\r\nt19\r\n$3\r\nt23\r\n$3\r\nt27\r\n$3\r\nt31\r\n$3\r\nt35\r\n$3\r\nt39\r\n$3\r\nt47\r\n$3\r\nt53\r\n$3\r\nt56\r\n$3\r\nt01\r\n$3\r\nt05\r\n$3\r\nt09\r\n$3\r\nt13\r\n$3\r\nt17\r\n$3\r\nt21\r\n$3\r\nt25\r\n$3\r\nt29\r\n$3\r\nt33\r\n$3\r\nt37\r\n$3\r\nt42\r\n$3\r\nt43\r\n$3\r\nt44\r\n$3\r\nt48\r\n$3\r\nt49\r\n$3\r\nt54\r\n$3\r\nt55\r\n$3\r\nt57\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 10 ANY"#,
                r#"*10\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n"#,
            ),
            (
                r#"GEOSEARCH ties FROMLONLAT 2.35 48.85 BYRADIUS 10 km COUNT 10 ANY DESC"#,
                r#"*10\r\n$3\r\nt02\r\n$3\r\nt06\r\n$3\r\nt10\r\n$3\r\nt14\r\n$3\r\nt18\r\n$3\r\nt22\r\n$3\r\nt26\r\n$3\r\nt30\r\n$3\r\nt34\r\n$3\r\nt38\r\n"#,
            ),
        ],
    );
}

/// Random point sets (a dense cluster, the whole world, near the pole, across the 180th
/// meridian, a small town; some members share a position) and random searches of every kind,
/// with every option, recorded from redis-server 7.0.15: `> command` then `< reply`.
const RANDOM_SESSION: &str = r##"> GEOADD dense -130.357799 -9.676202 p0 -129.770392 -9.83303820217214 p1 -129.23864 -9.432229478748392 p2 -129.23864 -9.432229478748392 p3 -129.23864 -9.432229478748392 p4 -130.255935 -10.01179 p5 -130.447598 -9.919866 p6 -130.076265 -9.707927 p7 -129.199105 -10.006791 p8 -130.00728703412298 -9.057518 p9 -129.185092 -9.030008637197271 p10 -130.061563 -9.965663 p11 -129.681521 -9.587688 p12 -130.247057 -9.664839 p13 -130.468551 -10.224772 p14 -129.605747 -9.790088 p15 -129.150046 -9.450842 p16 -130.659916 -9.859069 p17 -130.549561 -10.004163 p18 -130.520247 -9.506573 p19 -130.445775 -10.096417 p20 -129.597566 -10.075031 p21 -130.089701 -9.639438 p22 -129.41450076883217 -9.690989 p23 -130.186343 -9.383218 p24 -129.111998 -9.708466 p25 -130.236564 -9.634458 p26 -129.663464 -10.111026 p27 -129.572991 -9.674492491328687 p28 -129.227012 -9.149372 p29 -129.605747 -9.790088 p30 -129.316723 -10.065814 p31 -129.898435 -9.846477 p32 -129.109679 -9.105478 p33 -129.714099 -9.83034 p34 -129.793308 -9.101448 p35 -129.232539 -10.308866 p36 -129.786759 -8.784314 p37 -130.071197 -9.551369 p38 -130.198561 -9.598326450886344 p39 -130.00404 -9.462122 p40 -130.202633 -9.104431 p41 -129.628181 -8.846399 p42 -129.807845 -9.894583 p43 -130.309325 -9.77700721277732 p44 -129.793308 -9.101448 p45 -130.172996 -9.378665093839567 p46 -130.33572622963055 -9.076913 p47 -130.072311 -9.907738 p48 -130.027446 -10.200943 p49 -130.298362 -9.99165637291899 p50 -129.852059 -9.065857 p51 -130.17955629070485 -9.370796 p52 -130.175877 -8.817932312210964 p53 -130.447598 -9.919866 p54 -129.344467 -10.02342949093567 p55 -129.708272 -9.755783073793571 p56 -130.051634 -8.947581744361196 p57 -129.946384 -8.863584 p58 -129.302886 -9.357123 p59 -130.445775 -10.096417 p60 -130.585316 -9.195871 p61 -130.445775 -10.096417 p62 -130.3720447653314 -10.215006699077161 p63 -129.445277 -9.547556 p64 -129.103408 -9.794769 p65 -130.096321 -10.178651 p66 -130.55286394325944 -9.803674 p67 -129.968028 -8.980719885603875 p68 -130.36303 -8.792219 p69 -129.223766 -9.801422393504225 p70 -130.659916 -9.859069 p71 -130.538238 -8.833397 p72 -129.248233 -9.91487 p73 -129.70912 -10.18647 p74 -129.883308 -10.177642 p75 -130.124629 -9.281521 p76 -130.525696 -9.074159 p77 -130.475979 -8.869689148444195 p78 -130.160391 -8.996161701051149 p79 -130.597623 -9.530029 p80 -129.092824 -10.354496 p81 -129.55804041998508 -9.744608 p82 -129.778988 -9.309495 p83 -129.472724 -9.723414 p84 -129.795763 -8.988603 p85 -130.385688 -9.935041 p86 -129.608065 -9.092544 p87 -129.352959 -8.960204 p88 -129.861162 -8.865942469414847 p89 -129.114711 -9.777279 p90 -129.947958 -9.886107 p91 -130.124387 -10.210794 p92 -130.416811 -9.816806 p93 -129.551946 -9.165237 p94 -129.844479 -10.173766 p95 -129.489681 -8.928898 p96 -129.141461 -9.329248779498645 p97 -130.674369 -8.962777093016424 p98 -129.376806 -9.977135 p99 -129.75905349109672 -9.343254 p100 -130.432557 -8.925346 p101 -129.215713 -9.323379051588976 p102 -129.29122 -10.22515 p103 -130.423415 -9.74731663838272 p104 -129.911079 -10.126935 p105 -130.439611 -9.228021 p106 -130.128703 -10.172865 p107 -129.795763 -8.988603 p108 -129.238884 -9.923809 p109 -130.192524 -10.261921 p110 -130.421293 -9.145098801400652 p111 -129.70912 -10.18647 p112 -130.1603911546189 -8.996161701051149 p113 -130.196422 -8.797312 p114 -130.43899 -9.500258 p115 -130.198561 -9.598326450886344 p116 -129.365654 -9.947445 p117 -130.309325 -9.77700721277732 p118 -130.192524 -10.261921 p119 -129.994576 -8.844489 p120 -129.122568 -9.147609 p121 -129.199105 -10.006791 p122 -129.851036 -9.990498 p123 -129.933887 -9.708153312681882 p124 -129.693257 -9.009581 p125 -129.811093 -9.091346 p126 -129.675757 -10.014561 p127 -130.284388 -8.852459 p128 -130.654421 -9.508289248417682 p129 -129.28534 -9.875776268062692 p130 -130.06973 -10.246935 p131 -130.49864 -9.697534 p132 -130.354423 -10.315758805331837 p133 -130.465649 -9.50243 p134 -129.270314 -9.040126 p135 -129.626494 -9.127571 p136 -130.674658 -9.23622028457039 p137 -130.283228 -9.933722 p138 -130.460831 -10.068618 p139 -130.563856 -9.666671 p140 -129.129446 -9.644836831512366 p141 -129.720814 -9.760884 p142 -129.770392 -9.83303820217214 p143 -130.293018 -9.456733 p144 -129.771571 -9.025639 p145 -130.526758 -9.882266 p146 -130.605212 -9.970508 p147 -129.401765 -9.50673172234781 p148 -129.15294615803285 -9.913213714513883 p149 -129.438909 -9.480737 p150 -130.525696 -9.074159 p151 -129.429259 -9.820113091029409 p152 -129.8984353223831 -9.846477 p153 -130.019908 -10.081275 p154 -129.32845 -9.698981 p155 -129.376729 -9.503394 p156 -129.3640865409482 -9.706881 p157 -129.506888 -10.330130794819185 p158 -129.378223 -10.251805 p159 -130.017652 -9.124788 p160 -129.75905349109672 -9.343254 p161 -130.660086 -8.774244 p162 -129.23864 -9.432229478748392 p163 -130.368841 -9.534379 p164 -129.84556 -9.32392251499817 p165 -130.371096 -9.677742 p166 -129.225894 -8.851883 p167 -129.9584285353714 -9.107625 p168 -130.167843 -9.568021 p169 -130.161002 -9.025583 p170 -129.41450076883217 -9.690989 p171 -129.812101 -8.779054 p172 -130.578566 -10.242253 p173 -130.446799 -9.094707 p174 -129.600693 -9.967561 p175 -130.544579 -10.27793 p176 -130.43899 -9.500258 p177 -129.760366 -9.267511 p178 -129.77503 -9.261533 p179 -129.139428 -10.185938 p180 -129.299001 -9.815202 p181 -129.376806 -9.977135 p182 -130.473659 -9.517 p183 -130.334138 -9.141661 p184 -129.284899 -9.807772 p185 -129.506859 -10.11886 p186 -129.421929 -9.811546 p187 -130.202097 -9.596147 p188 -129.728069 -10.060958988869999 p189 -129.553343 -9.131637 p190 -129.34007981852372 -9.459243 p191 -130.479188 -10.236018 p192 -129.858252 -9.700297123238641 p193 -129.767255 -9.677168291373 p194 -129.603467 -9.400704 p195 -129.114711 -9.777279 p196 -129.234869 -9.422141 p197 -130.08903783920326 -10.313954 p198 -130.076265 -9.707927 p199 -129.492368 -10.149418 p200 -130.207739 -9.14626 p201 -129.099002 -8.945712490317122 p202 -130.048816192505 -9.505524 p203 -130.135469 -8.800922 p204 -130.109199 -9.724308 p205 -130.002424 -9.890017 p206 -129.387041 -8.896068 p207 -130.027446 -10.200943 p208 -130.095124 -10.334796 p209 -130.470502 -9.893055 p210 -130.473659 -9.517 p211 -129.353997 -9.211596 p212 -130.128808 -10.159535 p213 -130.253618 -9.764882 p214 -130.578566 -10.242253 p215 -130.027446 -10.200943 p216 -129.637013 -9.457751 p217 -129.45085801040153 -10.093270140504233 p218 -130.56919952329244 -9.775636 p219
< :220\r\n
> GEOADD world 180.0 -85.051129 p0 180 -85.051129 p1 -180 -43.077641 p2 -21.939689 85.051129 p3 -96.297939 -85.051129 p4 -180.0 39.710363 p5 -95.886088 -85.051129 p6 -180.0 -85.051129 p7 -180 85.05112878 p8 90.80646621625056 85.05112878 p9 111.131136 85.051129 p10 -62.55097 -46.45629662791208 p11 180.0 -85.051129 p12 -58.03206 85.051129 p13 179.612416 85.051129 p14 -21.939689 85.051129 p15 -180 21.334823 p16 -117.493185 85.051129 p17 -180 -85.051129 p18 -180 -11.410902 p19 -43.801687 85.051129 p20 135.703977 85.051129 p21 180.0 85.051129 p22 -180 21.334823 p23 -180.0 85.051129 p24 4.572359 -82.746458 p25 -180 -85.051129 p26 -180 -54.000009 p27 -180.0 85.051129 p28 -180 -85.051129 p29 -180 -85.05112878 p30 -0.586349 85.051129 p31 22.572229 85.051129 p32 110.606111 85.051129 p33 -180.0 37.585456 p34 164.346447 85.051129 p35 180.0 85.05112878 p36 -18.183388 -85.051129 p37 -144.518846 -50.986093 p38 -54.36573 85.05112878 p39 -146.381716 23.79941 p40 -180 85.051129 p41 169.48131984433553 85.05112878 p42 180.0 85.051129 p43 -180.0 -85.051129 p44 -180.0 -85.05112878 p45 -180 -85.05112878 p46 -126.510498 85.051129 p47 180.0 85.051129 p48 -180 85.051129 p49 -31.47111597285675 -85.051129 p50 -180.0 -85.051129 p51 -180 85.051129 p52 11.21695 46.963579 p53 -180.0 -85.051129 p54 -180 -85.051129 p55 -180 85.051129 p56 180.0 85.051129 p57 90.80646621625056 85.05112878 p58 34.416913 85.051129 p59 -180.0 -9.856525 p60 -180.0 85.051129 p61 -61.33475934932119 -20.291083 p62 98.709973 -51.76496022611883 p63 180.0 85.051129 p64 180.0 85.051129 p65 -153.949959 72.127381 p66 -180.0 -66.165253 p67 18.249845 -53.252451 p68 -180.0 85.051129 p69 -180.0 -85.051129 p70 180 -85.05112878 p71 -180.0 -17.998402 p72 146.105574 85.051129 p73 157.636488 -85.051129 p74 49.364809 -85.051129 p75 180.0 -4.760038 p76 98.709973 -51.76496022611883 p77 11.21695 46.963579 p78 -180.0 31.531465 p79 -44.297438 85.051129 p80 -66.11286336404856 -85.051129 p81 180.0 85.051129 p82 180 -85.051129 p83 6.134517 85.051129 p84 180 -85.051129 p85 -180.0 -85.051129 p86 180.0 -85.051129 p87 -180 85.05112878 p88 6.134516997159608 85.051129 p89 -180 85.051129 p90 38.314961 -85.051129 p91 -26.99935 -85.051129 p92 -180 21.334823 p93 -46.433412 -73.989831 p94 -180 -85.051129 p95 90.795259 85.05112878 p96 180.0 85.051129 p97 180 -19.082363516910505 p98 146.753855 69.098429 p99 -180.0 85.05112878 p100 -165.254195 41.083849 p101 -180.0 85.051129 p102 71.45022289595613 85.051129 p103 -180 85.051129 p104 127.001936 -85.051129 p105 -180 85.051129 p106 -96.974877 -65.902183 p107 -113.988761 -85.051129 p108 180 -85.051129 p109 180.0 -85.051129 p110 -56.486035 85.05112878 p111 -129.3294527956378 -85.051129 p112 -180 63.16347 p113 -180.0 -85.051129 p114 180.0 85.05112878 p115 73.767783 39.863597 p116 -18.835742197222885 85.051129 p117 180.0 -85.051129 p118 -180 85.051129 p119
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOADD polar 101.792138 85.051129 p0 99.145941 85.051129 p1 97.777868 78.325533 p2 101.594761 85.051129 p3 103.856175 78.787958 p4 101.249783 80.905807 p5 105.535109 85.044241 p6 104.697152 78.815854 p7 100.52538250856648 85.051129 p8 97.090434 82.998784 p9 105.511935 85.051129 p10 99.413778 82.974963 p11 103.512224 81.12329 p12 106.380093 82.972774 p13 105.90065364143767 85.051129 p14 105.165092 82.41137607869469 p15 99.230901 85.05112878 p16 101.454426 84.653784 p17 103.25053 85.051129 p18 106.647856 81.422156 p19 108.057538 82.158429 p20 106.286914 78.997117 p21 98.75419828468564 84.32629424338633 p22 98.449999 80.808593 p23 107.883806 85.051129 p24 106.563051 82.28004219466897 p25 102.683471 85.05112878 p26 99.865766 79.5016 p27 106.944657 85.05112878 p28 103.1874486640499 84.084283 p29 99.268563 83.413123 p30 100.947719 85.051129 p31 100.043404 85.051129 p32 97.777868 78.325533 p33 98.933778 85.051129 p34 100.555882 84.814709 p35 99.944845 85.051129 p36 102.77452 78.574325 p37 96.705582 85.051129 p38 98.064296 80.187524 p39 101.594761 85.051129 p40 103.522209 80.82008777566348 p41 98.536123 85.051129 p42 100.526036 85.051129 p43 103.1874486640499 84.084283 p44 102.00713336030454 84.464549 p45 105.862088 85.051129 p46 96.705582 85.051129 p47 97.353807 85.051129 p48 100.59387603807374 81.743005 p49 98.925625 85.051129 p50 106.827071 85.051129 p51 98.381421 80.9636162565226 p52 101.363454 82.93882971156236 p53 103.037466 85.051129 p54 98.263041 83.62832550384623 p55 105.396968 84.799933 p56 106.040233 84.013189 p57 97.236109 77.502529 p58 105.04599976568808 85.051129 p59 97.693034 85.051129 p60 107.472879 85.051129 p61 106.542281 77.380691 p62 101.594761 85.051129 p63 106.72369236705748 85.051129 p64 100.311515 79.50515161270596 p65 106.801051 78.316821 p66 97.837118 82.972714 p67 102.152754 82.071005 p68 100.9477191485507 85.051129 p69
< -ERR invalid longitude,latitude pair 101.792138,85.051129\r\n
> GEOADD dateline 180.0 3.999347 p0 178.323102 7.383075 p1 178.323102 7.383075 p2 178.675285 7.138974173432773 p3 177.90475 5.124409 p4 180 3.7406635280442826 p5 180.0 5.4875049179160476 p6 177.898174 9.400726 p7 178.802358 3.85501 p8 180.0 5.028675 p9 180.0 4.346712 p10 180.0 6.60743 p11 179.026755 5.123289 p12 180.0 4.124014 p13 178.96500272116938 9.073471 p14 180.0 8.222251626041238 p15 180 3.787407 p16 179.779144 8.336301 p17 179.442985 6.97591255317205 p18 180 4.179717 p19 180 9.440800010981448 p20 179.509679 6.753718 p21 178.129823 4.794421 p22 179.054944 8.070945 p23 178.743829 7.76371 p24 179.779144 8.336301 p25 179.860732 4.486468 p26 180.0 6.7930506715748935 p27 177.334019 9.222802 p28 180 6.830509 p29 180 7.194267 p30 178.460859 7.469058 p31 180.0 9.440800010981448 p32 180.0 4.264543 p33 179.054944 8.070945 p34 180 7.592963 p35 180.0 7.753531 p36 180.0 6.953541 p37 180.0 9.56941 p38 180.0 6.820119 p39 180.0 3.9229182069859005 p40 177.604095 7.524158 p41 180.0 5.199881452105646 p42 180.0 5.817373 p43 180.0 5.558393 p44 177.666773 8.858455 p45 180 4.179717 p46 177.57201 9.015548 p47 179.762692 5.281479 p48 180 8.203856 p49 180.0 4.239889 p50 180.0 6.05372 p51 177.295028 6.337586 p52 178.743829 7.76371 p53 179.39183698462747 6.557694 p54 177.163571 5.813847 p55 180 8.592272900347574 p56 178.323102 7.383075 p57 180.0 5.707655 p58 180.0 6.1349 p59 177.783561 6.139064 p60 179.0536651759313 9.496114613233708 p61 177.57201 9.015548 p62 180.0 7.019659 p63 177.898174 9.400726 p64 177.419752 7.511441 p65 180.0 8.087509 p66 177.560321 3.993121 p67 178.180831 6.761858756109025 p68 180.0 5.039208 p69 179.142194 7.551398 p70 180 5.351303 p71 180 9.195816 p72 180.0 9.004015832069724 p73 179.210901 4.35749 p74 180.0 5.980245 p75 177.280977 4.614589144891008 p76 180 6.961965 p77 178.129823 4.794421 p78 180.0 4.706248 p79 180.0 9.284145 p80 179.776763 9.244679858069958 p81 178.784418 6.953343 p82 179.038962 6.835763 p83 180 8.228683 p84 177.73852 5.8548677331831565 p85 180.0 5.311684 p86 179.335286 9.430531 p87 180.0 5.230458 p88 179.474728 9.582350482096032 p89
< :90\r\n
> GEOADD town 120.021544 -9.143696 p0 120.03367 -9.131452 p1 120.03574069338408 -9.131582 p2 120.049272 -9.107085 p3 120.017152 -9.132175 p4 120.01505045609609 -9.121191 p5 120.018999 -9.117574 p6 120.016505 -9.130366 p7 120.020199 -9.142333 p8 120.04822 -9.141179 p9 120.01505 -9.121191 p10 120.015135 -9.116259 p11 120.040049 -9.134146 p12 120.051807 -9.129488 p13 120.034418 -9.132228 p14 120.02434903745836 -9.115578962801477 p15 120.021544 -9.143696 p16 120.04115 -9.111089 p17 120.044674 -9.118583 p18 120.042341 -9.11961 p19 120.050583 -9.142654 p20 120.024671 -9.140632 p21 120.016801 -9.118958115879584 p22 120.033298 -9.113547 p23 120.053512 -9.105015 p24 120.04579937355723 -9.143981596825933 p25 120.014929 -9.127906143952423 p26 120.04391 -9.117912 p27 120.042013 -9.111957 p28 120.053488 -9.115725 p29 120.027279 -9.130824 p30 120.020479 -9.122395 p31 120.028179 -9.112204 p32 120.022292 -9.112183 p33 120.04742958319936 -9.11599 p34 120.039063 -9.132254 p35 120.03758805438488 -9.132107 p36 120.030075 -9.141259 p37 120.052814 -9.125754674473106 p38 120.016015 -9.112592 p39
< :40\r\n
> GEORADIUSBYMEMBER world p44 4532.028788 km ASC
< *0\r\n
> GEORADIUSBYMEMBER town p39 1020.275809 m WITHDIST
< *8\r\n*2\r\n$3\r\np39\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np15\r\n$8\r\n973.8873\r\n*2\r\n$3\r\np33\r\n$8\r\n690.7985\r\n*2\r\n$3\r\np10\r\n$8\r\n962.1601\r\n*2\r\n$2\r\np5\r\n$8\r\n962.1601\r\n*2\r\n$3\r\np22\r\n$8\r\n713.1978\r\n*2\r\n$3\r\np11\r\n$8\r\n419.2345\r\n*2\r\n$2\r\np6\r\n$8\r\n643.8803\r\n
> GEOSEARCH polar FROMMEMBER p59 BYBOX 96416.218384 36818.294824 m COUNT 3 ASC ANY
< *0\r\n
> GEOSEARCH polar FROMLONLAT 101.779128 79.701647 BYRADIUS 364.406158496011 mi COUNT 2 ASC
< *0\r\n
> GEORADIUSBYMEMBER world p86 12482.348051 km
< *0\r\n
> GEORADIUS town 120.017576 -9.137282056504048 460271.215389 m WITHDIST
< *40\r\n*2\r\n$2\r\np0\r\n$8\r\n835.9783\r\n*2\r\n$3\r\np16\r\n$8\r\n835.9783\r\n*2\r\n$2\r\np8\r\n$8\r\n631.2228\r\n*2\r\n$3\r\np21\r\n$8\r\n863.7091\r\n*2\r\n$3\r\np37\r\n$9\r\n1442.0038\r\n*2\r\n$3\r\np25\r\n$9\r\n3187.4020\r\n*2\r\n$3\r\np20\r\n$9\r\n3673.4472\r\n*2\r\n$2\r\np9\r\n$9\r\n3393.1303\r\n*2\r\n$2\r\np4\r\n$8\r\n569.8682\r\n*2\r\n$2\r\np7\r\n$8\r\n778.1521\r\n*2\r\n$3\r\np26\r\n$9\r\n1082.4475\r\n*2\r\n$2\r\np1\r\n$9\r\n1882.4174\r\n*2\r\n$3\r\np14\r\n$9\r\n1933.1312\r\n*2\r\n$2\r\np2\r\n$9\r\n2092.8621\r\n*2\r\n$3\r\np30\r\n$9\r\n1284.9961\r\n*2\r\n$3\r\np10\r\n$9\r\n1811.2288\r\n*2\r\n$2\r\np5\r\n$9\r\n1811.2288\r\n*2\r\n$3\r\np31\r\n$9\r\n1686.2767\r\n*2\r\n$3\r\np22\r\n$9\r\n2039.9764\r\n*2\r\n$3\r\np11\r\n$9\r\n2353.5069\r\n*2\r\n$2\r\np6\r\n$9\r\n2197.7222\r\n*2\r\n$3\r\np12\r\n$9\r\n2492.7088\r\n*2\r\n$3\r\np36\r\n$9\r\n2271.8987\r\n*2\r\n$3\r\np35\r\n$9\r\n2425.1391\r\n*2\r\n$3\r\np13\r\n$9\r\n3857.5509\r\n*2\r\n$3\r\np19\r\n$9\r\n3355.6249\r\n*2\r\n$3\r\np18\r\n$9\r\n3630.8275\r\n*2\r\n$3\r\np27\r\n$9\r\n3606.0722\r\n*2\r\n$3\r\np34\r\n$9\r\n4044.2610\r\n*2\r\n$3\r\np38\r\n$9\r\n4076.5312\r\n*2\r\n$3\r\np29\r\n$9\r\n4615.5817\r\n*2\r\n$3\r\np39\r\n$9\r\n2751.4808\r\n*2\r\n$3\r\np15\r\n$9\r\n2526.0382\r\n*2\r\n$3\r\np33\r\n$9\r\n2839.3914\r\n*2\r\n$3\r\np32\r\n$9\r\n3022.6028\r\n*2\r\n$3\r\np23\r\n$9\r\n3154.3187\r\n*2\r\n$3\r\np28\r\n$9\r\n3890.7576\r\n*2\r\n$3\r\np17\r\n$9\r\n3897.4856\r\n*2\r\n$2\r\np3\r\n$9\r\n4837.1799\r\n*2\r\n$3\r\np24\r\n$9\r\n5334.1735\r\n
> GEOSEARCH dateline FROMMEMBER p6 BYRADIUS 183.291728 mi WITHHASH ASC
< *59\r\n*2\r\n$2\r\np6\r\n:10137501507276820\r\n*2\r\n$3\r\np44\r\n:10137501856694288\r\n*2\r\n$3\r\np71\r\n:10137497293312340\r\n*2\r\n$3\r\np86\r\n:10134565175775488\r\n*2\r\n$3\r\np58\r\n:10137514678419536\r\n*2\r\n$3\r\np88\r\n:10134564103013392\r\n*2\r\n$3\r\np42\r\n:10134564019191824\r\n*2\r\n$3\r\np48\r\n:4129763296746008\r\n*2\r\n$3\r\np43\r\n:10137518684046340\r\n*2\r\n$3\r\np69\r\n:10134559736812564\r\n*2\r\n$2\r\np9\r\n:10134559720031312\r\n*2\r\n$3\r\np75\r\n:10137565927572484\r\n*2\r\n$3\r\np51\r\n:10137566279962960\r\n*2\r\n$3\r\np59\r\n:10137567342368064\r\n*2\r\n$3\r\np79\r\n:10134542556876864\r\n*2\r\n$3\r\np26\r\n:4129694849729336\r\n*2\r\n$3\r\np12\r\n:4129724261414375\r\n*2\r\n$3\r\np11\r\n:10137588745913428\r\n*2\r\n$3\r\np10\r\n:10134490802570500\r\n*2\r\n$3\r\np33\r\n:10134478992179460\r\n*2\r\n$3\r\np54\r\n:4132777341880428\r\n*2\r\n$3\r\np50\r\n:10134478921138448\r\n*2\r\n$3\r\np27\r\n:10137773496354132\r\n*2\r\n$3\r\np19\r\n:10134477917458752\r\n*2\r\n$3\r\np46\r\n:10134477917458752\r\n*2\r\n$3\r\np39\r\n:10137776386479380\r\n*2\r\n$3\r\np29\r\n:10137776403256640\r\n*2\r\n$3\r\np21\r\n:4132964464635427\r\n*2\r\n$3\r\np13\r\n:10134474910416896\r\n*2\r\n$3\r\np74\r\n:4129656777685282\r\n*2\r\n$3\r\np37\r\n:10137777745166596\r\n*2\r\n$3\r\np77\r\n:10137777794515028\r\n*2\r\n$2\r\np0\r\n:10134473568228352\r\n*2\r\n$3\r\np63\r\n:10137789534393664\r\n*2\r\n$3\r\np40\r\n:10134289963368768\r\n*2\r\n$3\r\np18\r\n:4132967536158833\r\n*2\r\n$3\r\np83\r\n:4132940262165254\r\n*2\r\n$3\r\np16\r\n:10134285919997956\r\n*2\r\n$3\r\np30\r\n:10137793834844244\r\n*2\r\n$2\r\np5\r\n:10134285647365440\r\n*2\r\n$3\r\np82\r\n:4132934584758843\r\n*2\r\n$3\r\np22\r\n:4129597532163302\r\n*2\r\n$3\r\np78\r\n:4129597532163302\r\n*2\r\n$2\r\np8\r\n:4129445820169515\r\n*2\r\n$3\r\np35\r\n:10137846259193168\r\n*2\r\n$2\r\np3\r\n:4132945556894699\r\n*2\r\n$2\r\np4\r\n:4129612427240851\r\n*2\r\n$3\r\np68\r\n:4132827567908441\r\n*2\r\n$3\r\np70\r\n:4133010886309622\r\n*2\r\n$3\r\np36\r\n:10137859131462912\r\n*2\r\n$3\r\np85\r\n:4132546788351718\r\n*2\r\n$3\r\np60\r\n:4132595505321095\r\n*2\r\n$3\r\np31\r\n:4132904619625166\r\n*2\r\n$2\r\np1\r\n:4132901529364682\r\n*2\r\n$2\r\np2\r\n:4132901529364682\r\n*2\r\n$3\r\np57\r\n:4132901529364682\r\n*2\r\n$3\r\np24\r\n:4133014513804416\r\n*2\r\n$3\r\np53\r\n:4133014513804416\r\n*2\r\n$3\r\np66\r\n:10138597866161152\r\n
> GEOSEARCHSTORE stored dateline FROMMEMBER p6 BYRADIUS 183.291728 mi ASC
< :59\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *118\r\n$2\r\np8\r\n$16\r\n4129445820169515\r\n$3\r\np22\r\n$16\r\n4129597532163302\r\n$3\r\np78\r\n$16\r\n4129597532163302\r\n$2\r\np4\r\n$16\r\n4129612427240851\r\n$3\r\np74\r\n$16\r\n4129656777685282\r\n$3\r\np26\r\n$16\r\n4129694849729336\r\n$3\r\np12\r\n$16\r\n4129724261414375\r\n$3\r\np48\r\n$16\r\n4129763296746008\r\n$3\r\np85\r\n$16\r\n4132546788351718\r\n$3\r\np60\r\n$16\r\n4132595505321095\r\n$3\r\np54\r\n$16\r\n4132777341880428\r\n$3\r\np68\r\n$16\r\n4132827567908441\r\n$2\r\np1\r\n$16\r\n4132901529364682\r\n$2\r\np2\r\n$16\r\n4132901529364682\r\n$3\r\np57\r\n$16\r\n4132901529364682\r\n$3\r\np31\r\n$16\r\n4132904619625166\r\n$3\r\np82\r\n$16\r\n4132934584758843\r\n$3\r\np83\r\n$16\r\n4132940262165254\r\n$2\r\np3\r\n$16\r\n4132945556894699\r\n$3\r\np21\r\n$16\r\n4132964464635427\r\n$3\r\np18\r\n$16\r\n4132967536158833\r\n$3\r\np70\r\n$16\r\n4133010886309622\r\n$3\r\np24\r\n$16\r\n4133014513804416\r\n$3\r\np53\r\n$16\r\n4133014513804416\r\n$2\r\np5\r\n$17\r\n10134285647365440\r\n$3\r\np16\r\n$17\r\n10134285919997956\r\n$3\r\np40\r\n$17\r\n10134289963368768\r\n$2\r\np0\r\n$17\r\n10134473568228352\r\n$3\r\np13\r\n$17\r\n10134474910416896\r\n$3\r\np19\r\n$17\r\n10134477917458752\r\n$3\r\np46\r\n$17\r\n10134477917458752\r\n$3\r\np50\r\n$17\r\n10134478921138448\r\n$3\r\np33\r\n$17\r\n10134478992179460\r\n$3\r\np10\r\n$17\r\n10134490802570500\r\n$3\r\np79\r\n$17\r\n10134542556876864\r\n$2\r\np9\r\n$17\r\n10134559720031312\r\n$3\r\np69\r\n$17\r\n10134559736812564\r\n$3\r\np42\r\n$17\r\n10134564019191824\r\n$3\r\np88\r\n$17\r\n10134564103013392\r\n$3\r\np86\r\n$17\r\n10134565175775488\r\n$3\r\np71\r\n$17\r\n10137497293312340\r\n$2\r\np6\r\n$17\r\n10137501507276820\r\n$3\r\np44\r\n$17\r\n10137501856694288\r\n$3\r\np58\r\n$17\r\n10137514678419536\r\n$3\r\np43\r\n$17\r\n10137518684046340\r\n$3\r\np75\r\n$17\r\n10137565927572484\r\n$3\r\np51\r\n$17\r\n10137566279962960\r\n$3\r\np59\r\n$17\r\n10137567342368064\r\n$3\r\np11\r\n$17\r\n10137588745913428\r\n$3\r\np27\r\n$17\r\n10137773496354132\r\n$3\r\np39\r\n$17\r\n10137776386479380\r\n$3\r\np29\r\n$17\r\n10137776403256640\r\n$3\r\np37\r\n$17\r\n10137777745166596\r\n$3\r\np77\r\n$17\r\n10137777794515028\r\n$3\r\np63\r\n$17\r\n10137789534393664\r\n$3\r\np30\r\n$17\r\n10137793834844244\r\n$3\r\np35\r\n$17\r\n10137846259193168\r\n$3\r\np36\r\n$17\r\n10137859131462912\r\n$3\r\np66\r\n$17\r\n10138597866161152\r\n
> GEOSEARCH dateline FROMLONLAT 180 4.075092 BYBOX 120.118944 22.373511 km ASC
< *2\r\n$3\r\np13\r\n$2\r\np0\r\n
> GEORADIUSBYMEMBER dateline p10 4360.912206888561 ft COUNT 3
< *1\r\n$3\r\np10\r\n
> GEOSEARCH dateline FROMMEMBER p29 BYBOX 140.17375881443192 234.456487 ft ASC
< *1\r\n$3\r\np29\r\n
> GEOSEARCH dense FROMLONLAT -129.997487 -9.913794 BYBOX 1.82261 2.406667 km WITHDIST
< *0\r\n
> GEOSEARCH dense FROMLONLAT -129.802304 -9.778182 BYBOX 3298.638434 3973.9806373594583 m COUNT 25 ASC ANY
< *0\r\n
> GEOSEARCH town FROMMEMBER p11 BYBOX 1504502.2041530346 1740962.7722524924 m WITHDIST
< *40\r\n*2\r\n$2\r\np0\r\n$9\r\n3131.7343\r\n*2\r\n$3\r\np16\r\n$9\r\n3131.7343\r\n*2\r\n$2\r\np8\r\n$9\r\n2952.7497\r\n*2\r\n$3\r\np21\r\n$9\r\n2906.0623\r\n*2\r\n$3\r\np37\r\n$9\r\n3228.5918\r\n*2\r\n$3\r\np25\r\n$9\r\n4565.7956\r\n*2\r\n$3\r\np20\r\n$9\r\n4875.6948\r\n*2\r\n$2\r\np9\r\n$9\r\n4570.0202\r\n*2\r\n$2\r\np4\r\n$9\r\n1784.0285\r\n*2\r\n$2\r\np7\r\n$9\r\n1576.1593\r\n*2\r\n$3\r\np26\r\n$9\r\n1295.6510\r\n*2\r\n$2\r\np1\r\n$9\r\n2645.2880\r\n*2\r\n$3\r\np14\r\n$9\r\n2764.0640\r\n*2\r\n$2\r\np2\r\n$9\r\n2832.7905\r\n*2\r\n$3\r\np30\r\n$9\r\n2098.3730\r\n*2\r\n$3\r\np10\r\n$8\r\n548.4303\r\n*2\r\n$2\r\np5\r\n$8\r\n548.4303\r\n*2\r\n$3\r\np31\r\n$8\r\n899.8778\r\n*2\r\n$3\r\np22\r\n$8\r\n351.4989\r\n*2\r\n$3\r\np11\r\n$6\r\n0.0000\r\n*2\r\n$2\r\np6\r\n$8\r\n449.1644\r\n*2\r\n$3\r\np12\r\n$9\r\n3383.0890\r\n*2\r\n$3\r\np36\r\n$9\r\n3031.1921\r\n*2\r\n$3\r\np35\r\n$9\r\n3173.5323\r\n*2\r\n$3\r\np13\r\n$9\r\n4287.5781\r\n*2\r\n$3\r\np19\r\n$9\r\n3011.1972\r\n*2\r\n$3\r\np18\r\n$9\r\n3254.5783\r\n*2\r\n$3\r\np27\r\n$9\r\n3165.4160\r\n*2\r\n$3\r\np34\r\n$9\r\n3546.6792\r\n*2\r\n$3\r\np38\r\n$9\r\n4270.6227\r\n*2\r\n$3\r\np29\r\n$9\r\n4212.6872\r\n*2\r\n$3\r\np39\r\n$8\r\n419.2345\r\n*2\r\n$3\r\np15\r\n$9\r\n1014.9599\r\n*2\r\n$3\r\np33\r\n$8\r\n907.4210\r\n*2\r\n$3\r\np32\r\n$9\r\n1502.0980\r\n*2\r\n$3\r\np23\r\n$9\r\n2017.4749\r\n*2\r\n$3\r\np28\r\n$9\r\n2990.6991\r\n*2\r\n$3\r\np17\r\n$9\r\n2914.5990\r\n*2\r\n$2\r\np3\r\n$9\r\n3885.6805\r\n*2\r\n$3\r\np24\r\n$9\r\n4396.3238\r\n
> GEORADIUSBYMEMBER dateline p70 23.278883 mi ASC
< *1\r\n$3\r\np70\r\n
> GEOSEARCH dateline FROMLONLAT 180 6.019838 BYBOX 115.646605 55.05318 mi ASC COUNT 6
< *5\r\n$3\r\np51\r\n$3\r\np75\r\n$3\r\np59\r\n$3\r\np43\r\n$3\r\np58\r\n
> GEOSEARCH dense FROMMEMBER p119 BYBOX 34.56762683533074 24.15749344191271 km WITHDIST
< *9\r\n*2\r\n$4\r\np110\r\n$6\r\n0.0000\r\n*2\r\n$4\r\np119\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np92\r\n$6\r\n9.3789\r\n*2\r\n$3\r\np66\r\n$7\r\n14.0243\r\n*2\r\n$4\r\np107\r\n$7\r\n12.1212\r\n*2\r\n$4\r\np213\r\n$7\r\n13.3544\r\n*2\r\n$4\r\np209\r\n$7\r\n13.3910\r\n*2\r\n$4\r\np198\r\n$7\r\n12.7183\r\n*2\r\n$4\r\np131\r\n$7\r\n13.5425\r\n
> GEOSEARCH polar FROMMEMBER p25 BYBOX 147271.243301 234575.96029188432 ft COUNT 2 DESC
< *0\r\n
> GEORADIUS dateline 180 4.388116 6.795889 km ASC WITHDIST
< *1\r\n*2\r\n$3\r\np10\r\n$6\r\n4.6056\r\n
> GEOSEARCH town FROMMEMBER p28 BYRADIUS 1.0653160044544931 mi WITHDIST WITHHASH
< *11\r\n*3\r\n$3\r\np32\r\n$6\r\n0.9443\r\n:3221995019020188\r\n*3\r\n$3\r\np23\r\n$6\r\n0.6050\r\n:3221995020322352\r\n*3\r\n$3\r\np28\r\n$6\r\n0.0000\r\n:3221995044727266\r\n*3\r\n$3\r\np17\r\n$6\r\n0.0840\r\n:3221995044893940\r\n*3\r\n$2\r\np3\r\n$6\r\n0.5989\r\n:3221995056728940\r\n*3\r\n$3\r\np24\r\n$6\r\n0.9195\r\n:3221995070173412\r\n*3\r\n$3\r\np19\r\n$6\r\n0.5295\r\n:3221994998946008\r\n*3\r\n$3\r\np18\r\n$6\r\n0.4926\r\n:3221994999363238\r\n*3\r\n$3\r\np27\r\n$6\r\n0.4315\r\n:3221995000050924\r\n*3\r\n$3\r\np34\r\n$6\r\n0.4627\r\n:3221995000936105\r\n*3\r\n$3\r\np29\r\n$6\r\n0.8252\r\n:3221995008651457\r\n
> GEOSEARCH polar FROMLONLAT 142.312075 61.29999 BYBOX 15843790.682763 15695576.981395 ft ANY COUNT 60 ASC
< *0\r\n
> GEORADIUS polar 108.323329 85.04468 43490.899485 m COUNT 2 WITHDIST
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.0423 -9.132571 BYRADIUS 0.157477 km ASC
< *0\r\n
> GEOSEARCH dense FROMLONLAT -129.174143 -9.514842 BYBOX 46605876.62498305 19563663.242205 ft DESC
< *220\r\n$4\r\np162\r\n$3\r\np98\r\n$4\r\np173\r\n$4\r\np215\r\n$4\r\np176\r\n$3\r\np72\r\n$4\r\np137\r\n$3\r\np17\r\n$3\r\np71\r\n$4\r\np147\r\n$4\r\np192\r\n$4\r\np129\r\n$3\r\np14\r\n$3\r\np18\r\n$3\r\np78\r\n$3\r\np61\r\n$4\r\np133\r\n$4\r\np151\r\n$3\r\np77\r\n$3\r\np80\r\n$4\r\np219\r\n$3\r\np67\r\n$4\r\np139\r\n$4\r\np146\r\n$3\r\np20\r\n$3\r\np60\r\n$3\r\np62\r\n$4\r\np140\r\n$3\r\np69\r\n$4\r\np101\r\n$3\r\np63\r\n$4\r\np210\r\n$3\r\np19\r\n$4\r\np174\r\n$3\r\np54\r\n$2\r\np6\r\n$4\r\np132\r\n$4\r\np111\r\n$4\r\np183\r\n$4\r\np211\r\n$4\r\np106\r\n$4\r\np128\r\n$4\r\np134\r\n$3\r\np86\r\n$3\r\np93\r\n$4\r\np104\r\n$4\r\np110\r\n$4\r\np119\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np114\r\n$3\r\np47\r\n$4\r\np209\r\n$3\r\np53\r\n$3\r\np50\r\n$4\r\np198\r\n$4\r\np184\r\n$4\r\np166\r\n$4\r\np204\r\n$4\r\np164\r\n$2\r\np0\r\n$2\r\np5\r\n$4\r\np138\r\n$3\r\np92\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np107\r\n$4\r\np131\r\n$4\r\np213\r\n$3\r\np66\r\n$4\r\np144\r\n$4\r\np113\r\n$3\r\np79\r\n$3\r\np41\r\n$4\r\np214\r\n$4\r\np170\r\n$4\r\np208\r\n$4\r\np216\r\n$3\r\np49\r\n$4\r\np201\r\n$3\r\np13\r\n$3\r\np26\r\n$4\r\np120\r\n$3\r\np57\r\n$4\r\np188\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np154\r\n$3\r\np24\r\n$3\r\np58\r\n$3\r\np52\r\n$3\r\np46\r\n$3\r\np11\r\n$4\r\np169\r\n$3\r\np48\r\n$4\r\np172\r\n$3\r\np76\r\n$3\r\np75\r\n$4\r\np105\r\n$3\r\np37\r\n$3\r\np68\r\n$4\r\np205\r\n$2\r\np9\r\n$3\r\np89\r\n$3\r\np95\r\n$4\r\np160\r\n$3\r\np22\r\n$4\r\np199\r\n$2\r\np7\r\n$4\r\np206\r\n$3\r\np38\r\n$4\r\np158\r\n$4\r\np168\r\n$4\r\np203\r\n$4\r\np112\r\n$3\r\np74\r\n$3\r\np91\r\n$3\r\np81\r\n$3\r\np40\r\n$4\r\np123\r\n$4\r\np108\r\n$3\r\np85\r\n$3\r\np51\r\n$3\r\np42\r\n$3\r\np36\r\n$4\r\np153\r\n$3\r\np32\r\n$4\r\np124\r\n$4\r\np189\r\n$3\r\np27\r\n$4\r\np145\r\n$4\r\np159\r\n$4\r\np126\r\n$3\r\np35\r\n$3\r\np45\r\n$3\r\np43\r\n$4\r\np103\r\n$4\r\np125\r\n$4\r\np200\r\n$4\r\np127\r\n$4\r\np193\r\n$3\r\np21\r\n$4\r\np165\r\n$4\r\np186\r\n$4\r\np180\r\n$2\r\np1\r\n$4\r\np143\r\n$4\r\np167\r\n$3\r\np96\r\n$4\r\np207\r\n$4\r\np179\r\n$4\r\np218\r\n$3\r\np83\r\n$4\r\np178\r\n$3\r\np34\r\n$4\r\np175\r\n$4\r\np194\r\n$4\r\np100\r\n$4\r\np161\r\n$3\r\np87\r\n$4\r\np142\r\n$4\r\np136\r\n$3\r\np88\r\n$3\r\np56\r\n$4\r\np202\r\n$3\r\np31\r\n$4\r\np190\r\n$3\r\np55\r\n$3\r\np94\r\n$3\r\np15\r\n$3\r\np30\r\n$3\r\np12\r\n$4\r\np182\r\n$3\r\np99\r\n$4\r\np122\r\n$2\r\np8\r\n$3\r\np10\r\n$4\r\np135\r\n$4\r\np117\r\n$4\r\np217\r\n$3\r\np82\r\n$4\r\np195\r\n$3\r\np28\r\n$3\r\np33\r\n$4\r\np109\r\n$3\r\np73\r\n$4\r\np149\r\n$4\r\np152\r\n$4\r\np187\r\n$4\r\np130\r\n$4\r\np121\r\n$3\r\np29\r\n$3\r\np84\r\n$4\r\np212\r\n$4\r\np181\r\n$4\r\np185\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np70\r\n$3\r\np65\r\n$3\r\np64\r\n$4\r\np196\r\n$3\r\np90\r\n$4\r\np157\r\n$4\r\np150\r\n$4\r\np155\r\n$4\r\np148\r\n$3\r\np25\r\n$3\r\np59\r\n$4\r\np156\r\n$4\r\np102\r\n$3\r\np97\r\n$4\r\np191\r\n$4\r\np141\r\n$4\r\np197\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$3\r\np16\r\n
> GEORADIUSBYMEMBER town p29 239.257179 ft WITHCOORD ASC
< *1\r\n*2\r\n$3\r\np29\r\n*2\r\n$21\r\n120.05348950624465942\r\n$19\r\n-9.1157254309799427\r\n
> GEOSEARCH world FROMLONLAT 180 -85.051129 BYRADIUS 1.09558 km WITHDIST WITHHASH
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOSEARCH polar FROMLONLAT 98.07530724823198 81.969542 BYRADIUS 95168.124067 m DESC
< *0\r\n
> GEOSEARCH town FROMMEMBER p6 BYBOX 3123394.944105 3385277.796970982 m COUNT 25 ASC
< *25\r\n$2\r\np6\r\n$3\r\np22\r\n$3\r\np11\r\n$3\r\np31\r\n$3\r\np10\r\n$2\r\np5\r\n$3\r\np15\r\n$3\r\np39\r\n$3\r\np33\r\n$3\r\np32\r\n$3\r\np26\r\n$2\r\np7\r\n$3\r\np23\r\n$2\r\np4\r\n$3\r\np30\r\n$2\r\np1\r\n$3\r\np14\r\n$2\r\np2\r\n$3\r\np17\r\n$3\r\np19\r\n$3\r\np28\r\n$3\r\np36\r\n$3\r\np21\r\n$3\r\np27\r\n$3\r\np35\r\n
> GEOSEARCH polar FROMMEMBER p63 BYRADIUS 41901.262689 m DESC
< *0\r\n
> GEOSEARCHSTORE stored polar FROMMEMBER p63 BYRADIUS 41901.262689 m DESC STOREDIST
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEORADIUSBYMEMBER world p117 25308240.581076 m COUNT 25 ASC
< *0\r\n
> GEOSEARCH dense FROMMEMBER p121 BYRADIUS 46284.360156 m COUNT 2 ASC
< *2\r\n$4\r\np121\r\n$3\r\np33\r\n
> GEORADIUSBYMEMBER dense p109 36.222518 mi ANY COUNT 60
< *58\r\n$4\r\np117\r\n$3\r\np73\r\n$4\r\np109\r\n$4\r\np181\r\n$4\r\np130\r\n$4\r\np185\r\n$3\r\np70\r\n$4\r\np149\r\n$4\r\np157\r\n$4\r\np155\r\n$4\r\np196\r\n$3\r\np90\r\n$3\r\np65\r\n$3\r\np25\r\n$4\r\np141\r\n$4\r\np191\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np197\r\n$3\r\np16\r\n$3\r\np36\r\n$3\r\np81\r\n$4\r\np103\r\n$4\r\np180\r\n$3\r\np31\r\n$3\r\np55\r\n$4\r\np122\r\n$2\r\np8\r\n$3\r\np34\r\n$4\r\np152\r\n$4\r\np187\r\n$4\r\np142\r\n$3\r\np56\r\n$3\r\np15\r\n$3\r\np30\r\n$3\r\np82\r\n$3\r\np28\r\n$3\r\np84\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np64\r\n$4\r\np150\r\n$4\r\np148\r\n$4\r\np156\r\n$4\r\np158\r\n$4\r\np189\r\n$4\r\np159\r\n$4\r\np200\r\n$3\r\np27\r\n$3\r\np21\r\n$4\r\np127\r\n$4\r\np175\r\n$4\r\np186\r\n$4\r\np218\r\n$4\r\np182\r\n$3\r\np99\r\n
> GEOSEARCH polar FROMMEMBER p52 BYBOX 432.321182 830.667439 km COUNT 25 ANY
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.036753 -9.141509 BYBOX 4.678668 2.704403 km ASC
< *18\r\n$3\r\np37\r\n$3\r\np12\r\n$3\r\np25\r\n$3\r\np36\r\n$3\r\np35\r\n$3\r\np14\r\n$2\r\np2\r\n$2\r\np1\r\n$2\r\np9\r\n$3\r\np21\r\n$3\r\np20\r\n$3\r\np30\r\n$2\r\np0\r\n$3\r\np16\r\n$2\r\np8\r\n$3\r\np13\r\n$2\r\np4\r\n$2\r\np7\r\n
> GEOSEARCHSTORE stored town FROMLONLAT 120.036753 -9.141509 BYBOX 4.678668 2.704403 km ASC STOREDIST
< :18\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *36\r\n$3\r\np37\r\n$19\r\n0.73398676899061599\r\n$3\r\np12\r\n$16\r\n0.89557143908365\r\n$3\r\np25\r\n$18\r\n1.0305453489277892\r\n$3\r\np36\r\n$18\r\n1.0497382701241724\r\n$3\r\np35\r\n$18\r\n1.0601989377957586\r\n$3\r\np14\r\n$18\r\n1.0635269256305702\r\n$2\r\np2\r\n$18\r\n1.1096765519310816\r\n$2\r\np1\r\n$18\r\n1.1689028841801667\r\n$2\r\np9\r\n$18\r\n1.2599486309106565\r\n$3\r\np21\r\n$18\r\n1.3302605528625175\r\n$3\r\np20\r\n$18\r\n1.5239426903464683\r\n$3\r\np30\r\n$18\r\n1.5794424297538698\r\n$2\r\np0\r\n$18\r\n1.6877296841043217\r\n$3\r\np16\r\n$18\r\n1.6877296841043217\r\n$2\r\np8\r\n$18\r\n1.8202755271717386\r\n$3\r\np13\r\n$18\r\n2.1259505821622047\r\n$2\r\np4\r\n$17\r\n2.389842097418283\r\n$2\r\np7\r\n$18\r\n2.5454193579497719\r\n
> GEOSEARCH dateline FROMLONLAT 179.599888 9.181355 BYRADIUS 4534943.872643 m COUNT 60
< *45\r\n$3\r\np81\r\n$3\r\np87\r\n$3\r\np89\r\n$3\r\np61\r\n$3\r\np14\r\n$3\r\np17\r\n$3\r\np25\r\n$3\r\np23\r\n$3\r\np34\r\n$3\r\np24\r\n$3\r\np53\r\n$3\r\np70\r\n$3\r\np64\r\n$2\r\np7\r\n$3\r\np45\r\n$3\r\np47\r\n$3\r\np62\r\n$3\r\np31\r\n$2\r\np1\r\n$2\r\np2\r\n$3\r\np57\r\n$3\r\np18\r\n$3\r\np28\r\n$2\r\np3\r\n$3\r\np82\r\n$3\r\np83\r\n$3\r\np21\r\n$3\r\np41\r\n$3\r\np54\r\n$3\r\np65\r\n$3\r\np68\r\n$3\r\np60\r\n$3\r\np52\r\n$3\r\np85\r\n$3\r\np48\r\n$3\r\np12\r\n$3\r\np55\r\n$2\r\np4\r\n$3\r\np22\r\n$3\r\np78\r\n$3\r\np26\r\n$3\r\np74\r\n$3\r\np76\r\n$2\r\np8\r\n$3\r\np67\r\n
> GEOSEARCH town FROMMEMBER p2 BYRADIUS 1.243775 km WITHDIST WITHHASH COUNT 3
< *3\r\n*3\r\n$2\r\np2\r\n$6\r\n0.0000\r\n:3221994954765259\r\n*3\r\n$3\r\np14\r\n$6\r\n0.1618\r\n:3221994954570086\r\n*3\r\n$3\r\np36\r\n$6\r\n0.2115\r\n:3221994977151588\r\n
> GEOSEARCH dateline FROMMEMBER p45 BYRADIUS 28086.536334 m
< *3\r\n$3\r\np45\r\n$3\r\np47\r\n$3\r\np62\r\n
> GEOSEARCH polar FROMLONLAT 96.927541 79.55726798212339 BYBOX 120.4846482876668 128.057191 km WITHCOORD
< *0\r\n
> GEOSEARCH dense FROMLONLAT -129.516684 -9.90565803722085 BYBOX 16272736.298408 17065035.300405 m WITHDIST WITHCOORD
< *220\r\n*3\r\n$4\r\np133\r\n$11\r\n102446.3531\r\n*2\r\n$22\r\n-130.35442203283309937\r\n$20\r\n-10.3157587472150567\r\n*3\r\n$4\r\np209\r\n$10\r\n79308.2191\r\n*2\r\n$22\r\n-130.09512215852737427\r\n$21\r\n-10.33479703784285419\r\n*3\r\n$4\r\np198\r\n$10\r\n77396.2671\r\n*2\r\n$21\r\n-130.0890389084815979\r\n$21\r\n-10.31395402574960229\r\n*3\r\n$4\r\np176\r\n$11\r\n119934.2983\r\n*2\r\n$22\r\n-130.54457992315292358\r\n$21\r\n-10.27793056863308152\r\n*3\r\n$4\r\np173\r\n$11\r\n122165.7034\r\n*2\r\n$22\r\n-130.57856351137161255\r\n$21\r\n-10.24225183359423141\r\n*3\r\n$4\r\np215\r\n$11\r\n122165.7034\r\n*2\r\n$22\r\n-130.57856351137161255\r\n$21\r\n-10.24225183359423141\r\n*3\r\n$4\r\np192\r\n$11\r\n111627.1281\r\n*2\r\n$22\r\n-130.47918766736984253\r\n$21\r\n-10.23601895426340747\r\n*3\r\n$3\r\np14\r\n$11\r\n110119.9500\r\n*2\r\n$22\r\n-130.46855002641677856\r\n$21\r\n-10.22477239647943037\r\n*3\r\n$3\r\np20\r\n$11\r\n103956.9751\r\n*2\r\n$22\r\n-130.44577270746231079\r\n$21\r\n-10.09641665169166203\r\n*3\r\n$3\r\np60\r\n$11\r\n103956.9751\r\n*2\r\n$22\r\n-130.44577270746231079\r\n$21\r\n-10.09641665169166203\r\n*3\r\n$3\r\np62\r\n$11\r\n103956.9751\r\n*2\r\n$22\r\n-130.44577270746231079\r\n$21\r\n-10.09641665169166203\r\n*3\r\n$4\r\np139\r\n$11\r\n104998.8473\r\n*2\r\n$22\r\n-130.46083062887191772\r\n$21\r\n-10.06861836473719052\r\n*3\r\n$4\r\np147\r\n$11\r\n119474.3017\r\n*2\r\n$22\r\n-130.60521394014358521\r\n$20\r\n-9.97050691282265689\r\n*3\r\n$3\r\np18\r\n$11\r\n113682.8259\r\n*2\r\n$22\r\n-130.54956346750259399\r\n$21\r\n-10.00416294037635367\r\n*3\r\n$3\r\np63\r\n$10\r\n99794.7871\r\n*2\r\n$21\r\n-130.3720441460609436\r\n$21\r\n-10.21500611585249629\r\n*3\r\n$4\r\np110\r\n$10\r\n83950.3645\r\n*2\r\n$22\r\n-130.19252389669418335\r\n$21\r\n-10.26192126979069741\r\n*3\r\n$4\r\np119\r\n$10\r\n83950.3645\r\n*2\r\n$22\r\n-130.19252389669418335\r\n$21\r\n-10.26192126979069741\r\n*3\r\n$3\r\np92\r\n$10\r\n74707.5398\r\n*2\r\n$22\r\n-130.12438505887985229\r\n$21\r\n-10.21079340928567092\r\n*3\r\n$3\r\np66\r\n$10\r\n70370.7115\r\n*2\r\n$22\r\n-130.09631842374801636\r\n$21\r\n-10.17865061026409279\r\n*3\r\n$4\r\np107\r\n$10\r\n73323.6411\r\n*2\r\n$22\r\n-130.12870341539382935\r\n$21\r\n-10.17286384185732828\r\n*3\r\n$4\r\np213\r\n$10\r\n72746.8700\r\n*2\r\n$22\r\n-130.12880533933639526\r\n$21\r\n-10.15953374328035608\r\n*3\r\n$2\r\np5\r\n$10\r\n81841.2213\r\n*2\r\n$22\r\n-130.25593668222427368\r\n$21\r\n-10.01178991634481008\r\n*3\r\n$3\r\np50\r\n$10\r\n86168.5134\r\n*2\r\n$22\r\n-130.29836386442184448\r\n$20\r\n-9.99165662617618011\r\n*3\r\n$4\r\np158\r\n$10\r\n47224.7001\r\n*2\r\n$22\r\n-129.50688689947128296\r\n$21\r\n-10.33013061618850514\r\n*3\r\n$4\r\np131\r\n$10\r\n71477.0197\r\n*2\r\n$22\r\n-130.06973236799240112\r\n$19\r\n-10.246935998296685\r\n*3\r\n$4\r\np208\r\n$10\r\n64866.9340\r\n*2\r\n$22\r\n-130.02744466066360474\r\n$21\r\n-10.20094348286047392\r\n*3\r\n$4\r\np216\r\n$10\r\n64866.9340\r\n*2\r\n$22\r\n-130.02744466066360474\r\n$21\r\n-10.20094348286047392\r\n*3\r\n$3\r\np49\r\n$10\r\n64866.9340\r\n*2\r\n$22\r\n-130.02744466066360474\r\n$21\r\n-10.20094348286047392\r\n*3\r\n$3\r\np75\r\n$10\r\n50273.9900\r\n*2\r\n$22\r\n-129.88330811262130737\r\n$21\r\n-10.17764179124267088\r\n*3\r\n$3\r\np95\r\n$10\r\n46670.8971\r\n*2\r\n$22\r\n-129.84448045492172241\r\n$21\r\n-10.17376620259005193\r\n*3\r\n$4\r\np154\r\n$10\r\n58481.0039\r\n*2\r\n$22\r\n-130.01990765333175659\r\n$21\r\n-10.08127422748577118\r\n*3\r\n$4\r\np105\r\n$10\r\n49717.7355\r\n*2\r\n$22\r\n-129.91107970476150513\r\n$21\r\n-10.12693469445010663\r\n*3\r\n$4\r\np189\r\n$10\r\n28888.4796\r\n*2\r\n$22\r\n-129.72806721925735474\r\n$21\r\n-10.06095843739367268\r\n*3\r\n$4\r\np123\r\n$10\r\n37825.5429\r\n*2\r\n$22\r\n-129.85103577375411987\r\n$20\r\n-9.99049825860635821\r\n*3\r\n$4\r\np112\r\n$10\r\n37679.3287\r\n*2\r\n$22\r\n-129.70912009477615356\r\n$21\r\n-10.18647022504065802\r\n*3\r\n$3\r\np74\r\n$10\r\n37679.3287\r\n*2\r\n$22\r\n-129.70912009477615356\r\n$21\r\n-10.18647022504065802\r\n*3\r\n$4\r\np159\r\n$10\r\n41378.9577\r\n*2\r\n$22\r\n-129.37822133302688599\r\n$21\r\n-10.25180519764377607\r\n*3\r\n$4\r\np200\r\n$10\r\n27243.0020\r\n*2\r\n$22\r\n-129.49236541986465454\r\n$21\r\n-10.14941767113344184\r\n*3\r\n$3\r\np27\r\n$10\r\n27933.0448\r\n*2\r\n$21\r\n-129.6634635329246521\r\n$21\r\n-10.11102678445408998\r\n*3\r\n$3\r\np21\r\n$10\r\n20818.1761\r\n*2\r\n$22\r\n-129.59756702184677124\r\n$21\r\n-10.07503120927031404\r\n*3\r\n$4\r\np127\r\n$10\r\n21222.8045\r\n*2\r\n$22\r\n-129.67575877904891968\r\n$21\r\n-10.01456036657196336\r\n*3\r\n$4\r\np175\r\n$10\r\n11494.3928\r\n*2\r\n$22\r\n-129.60069447755813599\r\n$20\r\n-9.96756156683550643\r\n*3\r\n$4\r\np186\r\n$10\r\n23737.9632\r\n*2\r\n$22\r\n-129.50686007738113403\r\n$21\r\n-10.11885907283645025\r\n*3\r\n$4\r\np218\r\n$10\r\n22078.1751\r\n*2\r\n$20\r\n-129.450855553150177\r\n$21\r\n-10.09327106273291719\r\n*3\r\n$4\r\np182\r\n$10\r\n17264.0695\r\n*2\r\n$22\r\n-129.37680512666702271\r\n$20\r\n-9.97713520865432457\r\n*3\r\n$3\r\np99\r\n$10\r\n17264.0695\r\n*2\r\n$22\r\n-129.37680512666702271\r\n$20\r\n-9.97713520865432457\r\n*3\r\n$3\r\np17\r\n$11\r\n125377.6812\r\n*2\r\n$22\r\n-130.65991491079330444\r\n$20\r\n-9.85906789705232001\r\n*3\r\n$3\r\np71\r\n$11\r\n125377.6812\r\n*2\r\n$22\r\n-130.65991491079330444\r\n$20\r\n-9.85906789705232001\r\n*3\r\n$3\r\np54\r\n$11\r\n102008.3955\r\n*2\r\n$22\r\n-130.44759660959243774\r\n$20\r\n-9.91986571878022261\r\n*3\r\n$2\r\np6\r\n$11\r\n102008.3955\r\n*2\r\n$22\r\n-130.44759660959243774\r\n$20\r\n-9.91986571878022261\r\n*3\r\n$4\r\np210\r\n$11\r\n104519.5426\r\n*2\r\n$22\r\n-130.47050267457962036\r\n$20\r\n-9.89305597307789952\r\n*3\r\n$4\r\np146\r\n$11\r\n110706.5902\r\n*2\r\n$22\r\n-130.52675932645797729\r\n$20\r\n-9.88226566510258664\r\n*3\r\n$3\r\np67\r\n$11\r\n114114.9111\r\n*2\r\n$22\r\n-130.55286258459091187\r\n$20\r\n-9.80367410083612612\r\n*3\r\n$4\r\np219\r\n$11\r\n116247.7485\r\n*2\r\n$22\r\n-130.56919723749160767\r\n$20\r\n-9.77563501537151325\r\n*3\r\n$4\r\np140\r\n$11\r\n117815.8120\r\n*2\r\n$22\r\n-130.56385427713394165\r\n$20\r\n-9.66666988745269151\r\n*3\r\n$4\r\np132\r\n$11\r\n110086.2212\r\n*2\r\n$22\r\n-130.49863904714584351\r\n$20\r\n-9.69753518700996864\r\n*3\r\n$3\r\np86\r\n$10\r\n95266.7289\r\n*2\r\n$22\r\n-130.38568586111068726\r\n$19\r\n-9.9350410943611891\r\n*3\r\n$4\r\np138\r\n$10\r\n84042.9291\r\n*2\r\n$22\r\n-130.28322547674179077\r\n$20\r\n-9.93372303935833401\r\n*3\r\n$3\r\np93\r\n$10\r\n99132.3081\r\n*2\r\n$22\r\n-130.41681021451950073\r\n$20\r\n-9.81680649116265869\r\n*3\r\n$4\r\np104\r\n$11\r\n100921.1273\r\n*2\r\n$22\r\n-130.42341381311416626\r\n$20\r\n-9.74731711057938099\r\n*3\r\n$4\r\np118\r\n$10\r\n88035.7074\r\n*2\r\n$22\r\n-130.30932337045669556\r\n$20\r\n-9.77700629951872457\r\n*3\r\n$3\r\np44\r\n$10\r\n88035.7074\r\n*2\r\n$22\r\n-130.30932337045669556\r\n$20\r\n-9.77700629951872457\r\n*3\r\n$4\r\np166\r\n$10\r\n97018.9213\r\n*2\r\n$22\r\n-130.37109464406967163\r\n$20\r\n-9.67774154947668563\r\n*3\r\n$2\r\np0\r\n$10\r\n95659.0217\r\n*2\r\n$22\r\n-130.35780161619186401\r\n$20\r\n-9.67620297373296978\r\n*3\r\n$4\r\np214\r\n$10\r\n82265.7328\r\n*2\r\n$22\r\n-130.25361925363540649\r\n$20\r\n-9.76488272821359971\r\n*3\r\n$4\r\np205\r\n$10\r\n67999.1496\r\n*2\r\n$22\r\n-130.10919839143753052\r\n$20\r\n-9.72430691189490659\r\n*3\r\n$3\r\np13\r\n$10\r\n84417.0828\r\n*2\r\n$22\r\n-130.24705857038497925\r\n$20\r\n-9.66483981877565412\r\n*3\r\n$3\r\np22\r\n$10\r\n69439.3381\r\n*2\r\n$22\r\n-130.08969873189926147\r\n$20\r\n-9.63943684331675854\r\n*3\r\n$4\r\np129\r\n$11\r\n132333.1981\r\n*2\r\n$22\r\n-130.65442174673080444\r\n$20\r\n-9.50829037053255632\r\n*3\r\n$3\r\np80\r\n$11\r\n125652.7919\r\n*2\r\n$22\r\n-130.59762328863143921\r\n$20\r\n-9.53002813919505343\r\n*3\r\n$3\r\np19\r\n$11\r\n118641.3090\r\n*2\r\n$22\r\n-130.52024692296981812\r\n$20\r\n-9.50657182958652669\r\n*3\r\n$4\r\np183\r\n$11\r\n113472.0775\r\n*2\r\n$22\r\n-130.47365695238113403\r\n$20\r\n-9.51699967243605016\r\n*3\r\n$4\r\np211\r\n$11\r\n113472.0775\r\n*2\r\n$22\r\n-130.47365695238113403\r\n$20\r\n-9.51699967243605016\r\n*3\r\n$4\r\np134\r\n$11\r\n113294.4933\r\n*2\r\n$22\r\n-130.46564787626266479\r\n$20\r\n-9.50243009521216919\r\n*3\r\n$4\r\np115\r\n$11\r\n110715.3646\r\n*2\r\n$22\r\n-130.43899208307266235\r\n$20\r\n-9.50025783917861588\r\n*3\r\n$4\r\np177\r\n$11\r\n110715.3646\r\n*2\r\n$22\r\n-130.43899208307266235\r\n$20\r\n-9.50025783917861588\r\n*3\r\n$4\r\np164\r\n$11\r\n102141.6769\r\n*2\r\n$22\r\n-130.36884158849716187\r\n$19\r\n-9.5343802554256385\r\n*3\r\n$3\r\np26\r\n$10\r\n84477.4249\r\n*2\r\n$22\r\n-130.23656576871871948\r\n$20\r\n-9.63445865095982157\r\n*3\r\n$4\r\np188\r\n$10\r\n82646.0475\r\n*2\r\n$22\r\n-130.20209938287734985\r\n$20\r\n-9.59614634063640892\r\n*3\r\n$4\r\np116\r\n$10\r\n82192.0174\r\n*2\r\n$22\r\n-130.19855886697769165\r\n$20\r\n-9.59832620083344068\r\n*3\r\n$3\r\np39\r\n$10\r\n82192.0174\r\n*2\r\n$22\r\n-130.19855886697769165\r\n$20\r\n-9.59832620083344068\r\n*3\r\n$4\r\np169\r\n$10\r\n80658.3643\r\n*2\r\n$22\r\n-130.16784220933914185\r\n$20\r\n-9.56802107465238549\r\n*3\r\n$4\r\np144\r\n$10\r\n98683.2344\r\n*2\r\n$22\r\n-130.29301553964614868\r\n$20\r\n-9.45673414215161046\r\n*3\r\n$3\r\np24\r\n$10\r\n93641.6498\r\n*2\r\n$22\r\n-130.18634408712387085\r\n$20\r\n-9.38321708964614487\r\n*3\r\n$3\r\np46\r\n$10\r\n92817.7698\r\n*2\r\n$22\r\n-130.17299741506576538\r\n$20\r\n-9.37866473044396542\r\n*3\r\n$3\r\np52\r\n$10\r\n93929.1304\r\n*2\r\n$22\r\n-130.17955809831619263\r\n$20\r\n-9.37079695596538187\r\n*3\r\n$3\r\np11\r\n$10\r\n60067.7845\r\n*2\r\n$22\r\n-130.06156235933303833\r\n$20\r\n-9.96566306068715591\r\n*3\r\n$3\r\np48\r\n$10\r\n60879.4575\r\n*2\r\n$22\r\n-130.07231265306472778\r\n$20\r\n-9.90773707803278825\r\n*3\r\n$4\r\np206\r\n$10\r\n53251.4460\r\n*2\r\n$22\r\n-130.00242501497268677\r\n$20\r\n-9.89001684240785295\r\n*3\r\n$3\r\np91\r\n$10\r\n47305.5519\r\n*2\r\n$22\r\n-129.94796007871627808\r\n$20\r\n-9.88610576765898941\r\n*3\r\n$3\r\np43\r\n$10\r\n31926.4971\r\n*2\r\n$22\r\n-129.80784684419631958\r\n$20\r\n-9.89458187521581323\r\n*3\r\n$4\r\np153\r\n$10\r\n42346.3244\r\n*2\r\n$22\r\n-129.89843577146530151\r\n$20\r\n-9.84647793705388352\r\n*3\r\n$3\r\np32\r\n$10\r\n42346.3244\r\n*2\r\n$22\r\n-129.89843577146530151\r\n$20\r\n-9.84647793705388352\r\n*3\r\n$2\r\np1\r\n$10\r\n28951.0074\r\n*2\r\n$22\r\n-129.77039247751235962\r\n$20\r\n-9.83303884546706541\r\n*3\r\n$4\r\np143\r\n$10\r\n28951.0074\r\n*2\r\n$22\r\n-129.77039247751235962\r\n$20\r\n-9.83303884546706541\r\n*3\r\n$4\r\np199\r\n$10\r\n65154.7794\r\n*2\r\n$22\r\n-130.07626622915267944\r\n$20\r\n-9.70792754376325462\r\n*3\r\n$2\r\np7\r\n$10\r\n65154.7794\r\n*2\r\n$22\r\n-130.07626622915267944\r\n$20\r\n-9.70792754376325462\r\n*3\r\n$4\r\np124\r\n$10\r\n50729.2394\r\n*2\r\n$22\r\n-129.93388921022415161\r\n$20\r\n-9.70815313394643908\r\n*3\r\n$4\r\np193\r\n$10\r\n43854.5560\r\n*2\r\n$22\r\n-129.85825091600418091\r\n$20\r\n-9.70029803307364347\r\n*3\r\n$4\r\np194\r\n$10\r\n37418.5073\r\n*2\r\n$21\r\n-129.7672542929649353\r\n$20\r\n-9.67716870249467576\r\n*3\r\n$3\r\np34\r\n$10\r\n23198.2558\r\n*2\r\n$22\r\n-129.71409827470779419\r\n$20\r\n-9.83033936743237291\r\n*3\r\n$4\r\np152\r\n$10\r\n13502.2986\r\n*2\r\n$22\r\n-129.42925840616226196\r\n$20\r\n-9.82011430227559856\r\n*3\r\n$4\r\np187\r\n$10\r\n14744.0523\r\n*2\r\n$22\r\n-129.42193061113357544\r\n$20\r\n-9.81154694475703337\r\n*3\r\n$4\r\np142\r\n$10\r\n27563.8732\r\n*2\r\n$22\r\n-129.72081452608108521\r\n$20\r\n-9.76088293822416375\r\n*3\r\n$3\r\np56\r\n$10\r\n26809.6002\r\n*2\r\n$22\r\n-129.70827251672744751\r\n$20\r\n-9.75578307925157873\r\n*3\r\n$3\r\np15\r\n$10\r\n16139.9847\r\n*2\r\n$21\r\n-129.6057477593421936\r\n$20\r\n-9.79008799542206987\r\n*3\r\n$3\r\np30\r\n$10\r\n16139.9847\r\n*2\r\n$21\r\n-129.6057477593421936\r\n$20\r\n-9.79008799542206987\r\n*3\r\n$3\r\np82\r\n$10\r\n18477.6154\r\n*2\r\n$22\r\n-129.55804198980331421\r\n$20\r\n-9.74460749366004819\r\n*3\r\n$3\r\np28\r\n$10\r\n26442.0972\r\n*2\r\n$22\r\n-129.57299262285232544\r\n$20\r\n-9.67449203695041859\r\n*3\r\n$3\r\np84\r\n$10\r\n20834.9072\r\n*2\r\n$22\r\n-129.47272628545761108\r\n$20\r\n-9.72341469004681613\r\n*3\r\n$4\r\np171\r\n$10\r\n26373.1139\r\n*2\r\n$20\r\n-129.414500892162323\r\n$20\r\n-9.69098800225539492\r\n*3\r\n$3\r\np23\r\n$10\r\n26373.1139\r\n*2\r\n$20\r\n-129.414500892162323\r\n$20\r\n-9.69098800225539492\r\n*3\r\n$3\r\np38\r\n$10\r\n72444.5240\r\n*2\r\n$22\r\n-130.07119685411453247\r\n$20\r\n-9.55136795663552363\r\n*3\r\n$4\r\np203\r\n$10\r\n73377.5272\r\n*2\r\n$21\r\n-130.0488165020942688\r\n$20\r\n-9.50552498974771964\r\n*3\r\n$3\r\np40\r\n$10\r\n72725.0820\r\n*2\r\n$21\r\n-130.0040397047996521\r\n$20\r\n-9.46212295933636227\r\n*3\r\n$4\r\np165\r\n$10\r\n74076.7749\r\n*2\r\n$22\r\n-129.84555870294570923\r\n$20\r\n-9.32392235756572774\r\n*3\r\n$3\r\np83\r\n$10\r\n72279.6394\r\n*2\r\n$22\r\n-129.77898627519607544\r\n$20\r\n-9.30949472472676831\r\n*3\r\n$4\r\np100\r\n$10\r\n67966.2183\r\n*2\r\n$21\r\n-129.7590520977973938\r\n$20\r\n-9.34325467584800151\r\n*3\r\n$4\r\np161\r\n$10\r\n67966.2183\r\n*2\r\n$21\r\n-129.7590520977973938\r\n$20\r\n-9.34325467584800151\r\n*3\r\n$3\r\np12\r\n$10\r\n39715.2861\r\n*2\r\n$22\r\n-129.68152016401290894\r\n$20\r\n-9.58768797612768964\r\n*3\r\n$3\r\np64\r\n$10\r\n40592.3763\r\n*2\r\n$22\r\n-129.44527655839920044\r\n$19\r\n-9.5475557360118799\r\n*3\r\n$4\r\np150\r\n$10\r\n48025.3626\r\n*2\r\n$22\r\n-129.43890899419784546\r\n$20\r\n-9.48073795153054988\r\n*3\r\n$4\r\np148\r\n$10\r\n46125.1499\r\n*2\r\n$22\r\n-129.40176576375961304\r\n$20\r\n-9.50673151701956698\r\n*3\r\n$4\r\np156\r\n$10\r\n47300.2694\r\n*2\r\n$22\r\n-129.37673002481460571\r\n$20\r\n-9.50339328925272042\r\n*3\r\n$4\r\np217\r\n$10\r\n51536.3501\r\n*2\r\n$22\r\n-129.63701158761978149\r\n$20\r\n-9.45775056533650371\r\n*3\r\n$4\r\np195\r\n$10\r\n56964.5981\r\n*2\r\n$22\r\n-129.60346788167953491\r\n$20\r\n-9.40070413092441726\r\n*3\r\n$4\r\np137\r\n$11\r\n147220.8976\r\n*2\r\n$22\r\n-130.67465633153915405\r\n$20\r\n-9.23622100545259883\r\n*3\r\n$4\r\np106\r\n$11\r\n126203.5421\r\n*2\r\n$22\r\n-130.43960899114608765\r\n$20\r\n-9.22802118250213965\r\n*3\r\n$3\r\np61\r\n$11\r\n141319.5815\r\n*2\r\n$22\r\n-130.58531731367111206\r\n$20\r\n-9.19587077931708308\r\n*3\r\n$4\r\np151\r\n$11\r\n144243.1374\r\n*2\r\n$22\r\n-130.52569717168807983\r\n$20\r\n-9.07415853868794642\r\n*3\r\n$3\r\np77\r\n$11\r\n144243.1374\r\n*2\r\n$22\r\n-130.52569717168807983\r\n$20\r\n-9.07415853868794642\r\n*3\r\n$4\r\np174\r\n$11\r\n136186.0851\r\n*2\r\n$22\r\n-130.44679731130599976\r\n$20\r\n-9.09470752312670783\r\n*3\r\n$4\r\np111\r\n$11\r\n130393.5570\r\n*2\r\n$22\r\n-130.42129486799240112\r\n$20\r\n-9.14509777977436045\r\n*3\r\n$4\r\np184\r\n$11\r\n123537.3774\r\n*2\r\n$22\r\n-130.33413916826248169\r\n$20\r\n-9.14166069788229407\r\n*3\r\n$3\r\np76\r\n$10\r\n96252.2709\r\n*2\r\n$22\r\n-130.12462645769119263\r\n$20\r\n-9.28152154201230672\r\n*3\r\n$4\r\np201\r\n$11\r\n113491.7824\r\n*2\r\n$22\r\n-130.20773738622665405\r\n$20\r\n-9.14626121678649895\r\n*3\r\n$3\r\np47\r\n$11\r\n128724.6904\r\n*2\r\n$21\r\n-130.3357270359992981\r\n$19\r\n-9.0769137805881428\r\n*3\r\n$3\r\np41\r\n$11\r\n116636.4971\r\n*2\r\n$22\r\n-130.20263046026229858\r\n$20\r\n-9.10443071349393307\r\n*3\r\n$4\r\np170\r\n$11\r\n120742.8781\r\n*2\r\n$22\r\n-130.16100257635116577\r\n$20\r\n-9.02558314239036719\r\n*3\r\n$4\r\np113\r\n$11\r\n123373.9454\r\n*2\r\n$22\r\n-130.16039103269577026\r\n$20\r\n-8.99616263389392401\r\n*3\r\n$3\r\np79\r\n$11\r\n123373.9454\r\n*2\r\n$22\r\n-130.16039103269577026\r\n$20\r\n-8.99616263389392401\r\n*3\r\n$3\r\np98\r\n$11\r\n164720.4672\r\n*2\r\n$22\r\n-130.67436665296554565\r\n$20\r\n-8.96277782150426816\r\n*3\r\n$4\r\np101\r\n$11\r\n148284.3815\r\n*2\r\n$22\r\n-130.43255478143692017\r\n$20\r\n-8.92534505942315803\r\n*3\r\n$3\r\np72\r\n$11\r\n163681.3017\r\n*2\r\n$22\r\n-130.53823918104171753\r\n$20\r\n-8.83339804936813522\r\n*3\r\n$3\r\np78\r\n$11\r\n156072.5978\r\n*2\r\n$22\r\n-130.47597974538803101\r\n$20\r\n-8.86969018692754929\r\n*3\r\n$4\r\np162\r\n$11\r\n177718.0530\r\n*2\r\n$22\r\n-130.66008657217025757\r\n$20\r\n-8.77424526167263963\r\n*3\r\n$4\r\np128\r\n$11\r\n144291.4076\r\n*2\r\n$22\r\n-130.28438955545425415\r\n$20\r\n-8.85245915248636095\r\n*3\r\n$3\r\np53\r\n$11\r\n140962.5838\r\n*2\r\n$22\r\n-130.17587810754776001\r\n$20\r\n-8.81793118085384009\r\n*3\r\n$3\r\np69\r\n$11\r\n154805.4655\r\n*2\r\n$22\r\n-130.36303192377090454\r\n$20\r\n-8.79221896941351133\r\n*3\r\n$4\r\np114\r\n$11\r\n144091.2612\r\n*2\r\n$22\r\n-130.19642382860183716\r\n$20\r\n-8.79731122422261791\r\n*3\r\n$4\r\np204\r\n$11\r\n140392.3794\r\n*2\r\n$22\r\n-130.13546794652938843\r\n$20\r\n-8.80092320187468147\r\n*3\r\n$4\r\np179\r\n$10\r\n77042.8240\r\n*2\r\n$22\r\n-129.77502733469009399\r\n$20\r\n-9.26153273094976015\r\n*3\r\n$4\r\np178\r\n$10\r\n75843.2650\r\n*2\r\n$22\r\n-129.76036638021469116\r\n$20\r\n-9.26751213816464059\r\n*3\r\n$4\r\np160\r\n$11\r\n102778.6693\r\n*2\r\n$22\r\n-130.01765459775924683\r\n$20\r\n-9.12478705912457855\r\n*3\r\n$2\r\np9\r\n$11\r\n108609.2106\r\n*2\r\n$22\r\n-130.00728517770767212\r\n$20\r\n-9.05751809427687959\r\n*3\r\n$4\r\np168\r\n$11\r\n101128.3361\r\n*2\r\n$22\r\n-129.95842605829238892\r\n$20\r\n-9.10762446215469623\r\n*3\r\n$3\r\np68\r\n$11\r\n114175.3914\r\n*2\r\n$22\r\n-129.96802836656570435\r\n$20\r\n-8.98072111259123318\r\n*3\r\n$3\r\np51\r\n$11\r\n100392.7838\r\n*2\r\n$22\r\n-129.85206037759780884\r\n$20\r\n-9.06585732689111268\r\n*3\r\n$3\r\np35\r\n$10\r\n94456.5410\r\n*2\r\n$22\r\n-129.79330927133560181\r\n$20\r\n-9.10144734668939037\r\n*3\r\n$3\r\np45\r\n$10\r\n94456.5410\r\n*2\r\n$22\r\n-129.79330927133560181\r\n$20\r\n-9.10144734668939037\r\n*3\r\n$4\r\np126\r\n$10\r\n96158.8279\r\n*2\r\n$21\r\n-129.8110923171043396\r\n$20\r\n-9.09134648286941882\r\n*3\r\n$4\r\np145\r\n$11\r\n101797.4929\r\n*2\r\n$22\r\n-129.77157264947891235\r\n$20\r\n-9.02563890625587106\r\n*3\r\n$4\r\np108\r\n$11\r\n106497.1793\r\n*2\r\n$22\r\n-129.79576081037521362\r\n$20\r\n-8.98860409539677363\r\n*3\r\n$3\r\np85\r\n$11\r\n106497.1793\r\n*2\r\n$22\r\n-129.79576081037521362\r\n$20\r\n-8.98860409539677363\r\n*3\r\n$3\r\np94\r\n$10\r\n82445.1767\r\n*2\r\n$22\r\n-129.55194801092147827\r\n$20\r\n-9.16523613938530701\r\n*3\r\n$4\r\np136\r\n$10\r\n87378.0603\r\n*2\r\n$21\r\n-129.6264919638633728\r\n$20\r\n-9.12757018295753397\r\n*3\r\n$4\r\np190\r\n$10\r\n86185.4840\r\n*2\r\n$22\r\n-129.55334275960922241\r\n$18\r\n-9.131635875697107\r\n*3\r\n$3\r\np87\r\n$10\r\n90993.6654\r\n*2\r\n$22\r\n-129.60806518793106079\r\n$20\r\n-9.09254287125663296\r\n*3\r\n$4\r\np125\r\n$11\r\n101532.5528\r\n*2\r\n$22\r\n-129.69325751066207886\r\n$20\r\n-9.00958144771146152\r\n*3\r\n$3\r\np57\r\n$11\r\n121659.1993\r\n*2\r\n$22\r\n-130.05163282155990601\r\n$20\r\n-8.94758216815403529\r\n*3\r\n$4\r\np120\r\n$11\r\n129156.2999\r\n*2\r\n$22\r\n-129.99457687139511108\r\n$20\r\n-8.84448998916139573\r\n*3\r\n$3\r\np58\r\n$11\r\n125130.5560\r\n*2\r\n$22\r\n-129.94638293981552124\r\n$19\r\n-8.8635840436547042\r\n*3\r\n$3\r\np89\r\n$11\r\n121665.3912\r\n*2\r\n$22\r\n-129.86116379499435425\r\n$20\r\n-8.86594133433288079\r\n*3\r\n$3\r\np37\r\n$11\r\n128196.6614\r\n*2\r\n$22\r\n-129.78675931692123413\r\n$20\r\n-8.78431317411753554\r\n*3\r\n$4\r\np172\r\n$11\r\n129434.4355\r\n*2\r\n$22\r\n-129.81210082769393921\r\n$20\r\n-8.77905362771191022\r\n*3\r\n$3\r\np42\r\n$11\r\n118451.1484\r\n*2\r\n$22\r\n-129.62818175554275513\r\n$20\r\n-8.84639863419437944\r\n*3\r\n$3\r\np96\r\n$11\r\n108681.7120\r\n*2\r\n$22\r\n-129.48968321084976196\r\n$20\r\n-8.92889873848854876\r\n*3\r\n$4\r\np207\r\n$11\r\n113190.3737\r\n*2\r\n$22\r\n-129.38704043626785278\r\n$20\r\n-8.89606903003278404\r\n*3\r\n$3\r\np36\r\n$10\r\n54583.4929\r\n*2\r\n$21\r\n-129.2325398325920105\r\n$21\r\n-10.30886684038281231\r\n*3\r\n$3\r\np81\r\n$10\r\n68162.3292\r\n*2\r\n$21\r\n-129.0928235650062561\r\n$21\r\n-10.35449689069323398\r\n*3\r\n$4\r\np103\r\n$10\r\n43272.0006\r\n*2\r\n$22\r\n-129.29122120141983032\r\n$21\r\n-10.22515006993216247\r\n*3\r\n$4\r\np180\r\n$10\r\n51758.7104\r\n*2\r\n$22\r\n-129.13942962884902954\r\n$21\r\n-10.18593793359719513\r\n*3\r\n$3\r\np31\r\n$10\r\n28233.1018\r\n*2\r\n$22\r\n-129.31672364473342896\r\n$20\r\n-10.0658149631349616\r\n*3\r\n$3\r\np55\r\n$10\r\n22967.6901\r\n*2\r\n$22\r\n-129.34446841478347778\r\n$21\r\n-10.02342935590849748\r\n*3\r\n$4\r\np122\r\n$10\r\n36564.6096\r\n*2\r\n$22\r\n-129.19910341501235962\r\n$21\r\n-10.00679144621859251\r\n*3\r\n$2\r\np8\r\n$10\r\n36564.6096\r\n*2\r\n$22\r\n-129.19910341501235962\r\n$21\r\n-10.00679144621859251\r\n*3\r\n$4\r\np117\r\n$10\r\n17187.5739\r\n*2\r\n$22\r\n-129.36565250158309937\r\n$19\r\n-9.9474460197149952\r\n*3\r\n$3\r\np73\r\n$10\r\n29431.3585\r\n*2\r\n$22\r\n-129.24823075532913208\r\n$20\r\n-9.91486978337516689\r\n*3\r\n$4\r\np109\r\n$10\r\n30503.8705\r\n*2\r\n$22\r\n-129.23888593912124634\r\n$20\r\n-9.92380974490415468\r\n*3\r\n$4\r\np181\r\n$10\r\n25889.4864\r\n*2\r\n$21\r\n-129.2989996075630188\r\n$20\r\n-9.81520201266879866\r\n*3\r\n$4\r\np130\r\n$10\r\n25565.8504\r\n*2\r\n$22\r\n-129.28534179925918579\r\n$20\r\n-9.87577677893468575\r\n*3\r\n$4\r\np185\r\n$10\r\n27635.3269\r\n*2\r\n$22\r\n-129.28489655256271362\r\n$20\r\n-9.80777274495077478\r\n*3\r\n$3\r\np70\r\n$10\r\n34129.3369\r\n*2\r\n$22\r\n-129.22376364469528198\r\n$20\r\n-9.80142326844663359\r\n*3\r\n$4\r\np149\r\n$10\r\n39862.2951\r\n*2\r\n$22\r\n-129.15294796228408813\r\n$20\r\n-9.91321461045811958\r\n*3\r\n$4\r\np157\r\n$10\r\n27722.5927\r\n*2\r\n$21\r\n-129.3640860915184021\r\n$20\r\n-9.70688070392444757\r\n*3\r\n$4\r\np155\r\n$10\r\n30888.2322\r\n*2\r\n$22\r\n-129.32845026254653931\r\n$20\r\n-9.69897997807078838\r\n*3\r\n$4\r\np196\r\n$10\r\n46308.4967\r\n*2\r\n$22\r\n-129.11471039056777954\r\n$20\r\n-9.77728004940393447\r\n*3\r\n$3\r\np90\r\n$10\r\n46308.4967\r\n*2\r\n$22\r\n-129.11471039056777954\r\n$20\r\n-9.77728004940393447\r\n*3\r\n$3\r\np65\r\n$10\r\n46938.9511\r\n*2\r\n$22\r\n-129.10340756177902222\r\n$20\r\n-9.79476962540336871\r\n*3\r\n$3\r\np25\r\n$10\r\n49480.8113\r\n*2\r\n$22\r\n-129.11199599504470825\r\n$20\r\n-9.70846490464904122\r\n*3\r\n$4\r\np141\r\n$10\r\n51412.3345\r\n*2\r\n$22\r\n-129.12944644689559937\r\n$20\r\n-9.64483579938615065\r\n*3\r\n$4\r\np191\r\n$10\r\n53294.9700\r\n*2\r\n$22\r\n-129.34008032083511353\r\n$20\r\n-9.45924351609935599\r\n*3\r\n$4\r\np163\r\n$10\r\n60846.2986\r\n*2\r\n$22\r\n-129.23863917589187622\r\n$20\r\n-9.43222845798312193\r\n*3\r\n$2\r\np2\r\n$10\r\n60846.2986\r\n*2\r\n$22\r\n-129.23863917589187622\r\n$20\r\n-9.43222845798312193\r\n*3\r\n$2\r\np3\r\n$10\r\n60846.2986\r\n*2\r\n$22\r\n-129.23863917589187622\r\n$20\r\n-9.43222845798312193\r\n*3\r\n$2\r\np4\r\n$10\r\n60846.2986\r\n*2\r\n$22\r\n-129.23863917589187622\r\n$20\r\n-9.43222845798312193\r\n*3\r\n$4\r\np197\r\n$10\r\n62025.1097\r\n*2\r\n$22\r\n-129.23486799001693726\r\n$20\r\n-9.42214026776894542\r\n*3\r\n$3\r\np59\r\n$10\r\n65361.1769\r\n*2\r\n$22\r\n-129.30288344621658325\r\n$19\r\n-9.3571221353107461\r\n*3\r\n$4\r\np102\r\n$10\r\n72689.9784\r\n*2\r\n$22\r\n-129.21571165323257446\r\n$20\r\n-9.32337992723763165\r\n*3\r\n$3\r\np16\r\n$10\r\n64614.9412\r\n*2\r\n$22\r\n-129.15004581212997437\r\n$20\r\n-9.45084091545614768\r\n*3\r\n$3\r\np97\r\n$10\r\n76180.5736\r\n*2\r\n$22\r\n-129.14146274328231812\r\n$20\r\n-9.32924780672149012\r\n*3\r\n$4\r\np212\r\n$10\r\n79233.3551\r\n*2\r\n$22\r\n-129.35399562120437622\r\n$18\r\n-9.211596189389617\r\n*3\r\n$3\r\np29\r\n$10\r\n89919.9718\r\n*2\r\n$22\r\n-129.22701448202133179\r\n$19\r\n-9.1493713196490063\r\n*3\r\n$4\r\np121\r\n$10\r\n94751.9202\r\n*2\r\n$22\r\n-129.12256926298141479\r\n$20\r\n-9.14760968844326072\r\n*3\r\n$4\r\np135\r\n$10\r\n99992.3548\r\n*2\r\n$22\r\n-129.27031606435775757\r\n$20\r\n-9.04012483768149622\r\n*3\r\n$3\r\np33\r\n$10\r\n99572.1800\r\n*2\r\n$22\r\n-129.10967856645584106\r\n$20\r\n-9.10547755333274011\r\n*3\r\n$3\r\np10\r\n$11\r\n103967.6072\r\n*2\r\n$22\r\n-129.18509155511856079\r\n$20\r\n-9.03000876553458198\r\n*3\r\n$3\r\np88\r\n$11\r\n106682.5529\r\n*2\r\n$22\r\n-129.35296028852462769\r\n$20\r\n-8.96020507952754031\r\n*3\r\n$4\r\np167\r\n$11\r\n121473.7527\r\n*2\r\n$22\r\n-129.22589331865310669\r\n$20\r\n-8.85188377078319633\r\n*3\r\n$4\r\np202\r\n$11\r\n116191.3558\r\n*2\r\n$21\r\n-129.0990033745765686\r\n$20\r\n-8.94571154393843671\r\n
> GEOSEARCH town FROMMEMBER p30 BYBOX 0.12442117699078535 0.13197 km DESC WITHHASH
< *1\r\n*2\r\n$3\r\np30\r\n:3221994954967576\r\n
> GEORADIUS polar 104.311807 85.051129 542.960680068185 mi
< -ERR invalid longitude,latitude pair 104.311807,85.051129\r\n
> GEORADIUS town 120.033664 -9.134091 4106.745795 m ASC WITHDIST WITHHASH
< *40\r\n*3\r\n$3\r\np14\r\n$8\r\n223.0831\r\n:3221994954570086\r\n*3\r\n$2\r\np1\r\n$8\r\n293.6554\r\n:3221994954285779\r\n*3\r\n$2\r\np2\r\n$8\r\n360.2009\r\n:3221994954765259\r\n*3\r\n$3\r\np36\r\n$8\r\n484.2530\r\n:3221994977151588\r\n*3\r\n$3\r\np35\r\n$8\r\n627.2687\r\n:3221994977276202\r\n*3\r\n$3\r\np12\r\n$8\r\n701.4902\r\n:3221994976657086\r\n*3\r\n$3\r\np30\r\n$8\r\n789.7069\r\n:3221994954967576\r\n*3\r\n$3\r\np37\r\n$8\r\n889.5456\r\n:3221992086576863\r\n*3\r\n$3\r\np21\r\n$9\r\n1226.5143\r\n:3221992080356533\r\n*3\r\n$2\r\np0\r\n$9\r\n1706.6513\r\n:3221992076625014\r\n*3\r\n$3\r\np16\r\n$9\r\n1706.6513\r\n:3221992076625014\r\n*3\r\n$3\r\np25\r\n$9\r\n1727.9004\r\n:3221992110591481\r\n*3\r\n$2\r\np8\r\n$9\r\n1739.8367\r\n:3221992076759240\r\n*3\r\n$2\r\np9\r\n$9\r\n1782.4743\r\n:3221992119495261\r\n*3\r\n$2\r\np4\r\n$9\r\n1825.8708\r\n:3221994943723101\r\n*3\r\n$3\r\np19\r\n$9\r\n1871.3899\r\n:3221994998946008\r\n*3\r\n$2\r\np7\r\n$9\r\n1929.1158\r\n:3221994946635721\r\n*3\r\n$3\r\np31\r\n$9\r\n1946.7356\r\n:3221994962242220\r\n*3\r\n$3\r\np13\r\n$9\r\n2056.8996\r\n:3221994989306285\r\n*3\r\n$3\r\np20\r\n$9\r\n2087.7661\r\n:3221992117115081\r\n*3\r\n$3\r\np18\r\n$9\r\n2106.6613\r\n:3221994999363238\r\n*3\r\n$3\r\np27\r\n$9\r\n2122.1904\r\n:3221995000050924\r\n*3\r\n$3\r\np26\r\n$9\r\n2169.2265\r\n:3221994947545637\r\n*3\r\n$3\r\np23\r\n$9\r\n2285.2640\r\n:3221995020322352\r\n*3\r\n$3\r\np38\r\n$9\r\n2298.2637\r\n:3221995001655704\r\n*3\r\n$3\r\np15\r\n$9\r\n2299.1442\r\n:3221995012096517\r\n*3\r\n$2\r\np6\r\n$9\r\n2442.9623\r\n:3221994964934026\r\n*3\r\n$3\r\np10\r\n$9\r\n2497.6673\r\n:3221994960400857\r\n*3\r\n$2\r\np5\r\n$9\r\n2497.6673\r\n:3221994960400857\r\n*3\r\n$3\r\np22\r\n$9\r\n2502.4616\r\n:3221994963653206\r\n*3\r\n$3\r\np32\r\n$9\r\n2507.7183\r\n:3221995019020188\r\n*3\r\n$3\r\np34\r\n$9\r\n2517.6391\r\n:3221995000936105\r\n*3\r\n$3\r\np28\r\n$9\r\n2627.2282\r\n:3221995044727266\r\n*3\r\n$3\r\np17\r\n$9\r\n2687.2687\r\n:3221995044893940\r\n*3\r\n$3\r\np33\r\n$9\r\n2738.3442\r\n:3221995012720469\r\n*3\r\n$3\r\np11\r\n$9\r\n2841.5289\r\n:3221994964547484\r\n*3\r\n$3\r\np29\r\n$9\r\n2985.4673\r\n:3221995008651457\r\n*3\r\n$3\r\np39\r\n$9\r\n3078.1488\r\n:3221995010452473\r\n*3\r\n$2\r\np3\r\n$9\r\n3458.5277\r\n:3221995056728940\r\n*3\r\n$3\r\np24\r\n$9\r\n3899.8245\r\n:3221995070173412\r\n
> GEOSEARCH world FROMMEMBER p26 BYBOX 1667454.704743 1391825.051297 m COUNT 60
< *0\r\n
> GEOSEARCHSTORE stored world FROMMEMBER p26 BYBOX 1667454.704743 1391825.051297 m COUNT 60 STOREDIST
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEODIST world p80 p4 ft
< $-1\r\n
> GEOPOS world p80 p4
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH world p80 p4
< *2\r\n$-1\r\n$-1\r\n
> GEOSEARCH town FROMLONLAT 120.033797 -9.127401729201784 BYBOX 3.1514683950285476 2.121356 km ASC
< *11\r\n$2\r\np1\r\n$2\r\np2\r\n$3\r\np14\r\n$3\r\np36\r\n$3\r\np35\r\n$3\r\np30\r\n$3\r\np12\r\n$3\r\np19\r\n$3\r\np27\r\n$3\r\np18\r\n$3\r\np31\r\n
> GEORADIUSBYMEMBER polar p38 137790.214965 ft COUNT 6 ASC
< *0\r\n
> GEORADIUS town -44.009389 85.051129 0.686882 mi DESC COUNT 6
< -ERR invalid longitude,latitude pair -44.009389,85.051129\r\n
> GEORADIUS town 120.042648 -9.135377034981085 172.40503960175187 m WITHHASH COUNT 4 ASC
< *0\r\n
> GEOSEARCH polar FROMMEMBER p41 BYBOX 240.830881 192.3364104081586 mi WITHHASH WITHDIST COUNT 3
< *0\r\n
> GEORADIUS dense -130.092542 -9.798789 78613.457907 ft COUNT 60 ASC
< *15\r\n$4\r\np205\r\n$4\r\np199\r\n$2\r\np7\r\n$3\r\np48\r\n$4\r\np206\r\n$3\r\np22\r\n$4\r\np214\r\n$3\r\np91\r\n$3\r\np11\r\n$4\r\np124\r\n$4\r\np153\r\n$3\r\np32\r\n$3\r\np13\r\n$4\r\np118\r\n$3\r\np44\r\n
> GEOSEARCH town FROMLONLAT 120.040473 -9.143180828846406 BYRADIUS 2.030457 mi WITHDIST ASC
< *24\r\n*2\r\n$3\r\np25\r\n$6\r\n0.3675\r\n*2\r\n$2\r\np9\r\n$6\r\n0.5465\r\n*2\r\n$3\r\np12\r\n$6\r\n0.6251\r\n*2\r\n$3\r\np20\r\n$6\r\n0.6907\r\n*2\r\n$3\r\np37\r\n$6\r\n0.7219\r\n*2\r\n$3\r\np35\r\n$6\r\n0.7613\r\n*2\r\n$3\r\np36\r\n$6\r\n0.7902\r\n*2\r\n$3\r\np14\r\n$6\r\n0.8623\r\n*2\r\n$2\r\np2\r\n$6\r\n0.8642\r\n*2\r\n$2\r\np1\r\n$6\r\n0.9343\r\n*2\r\n$3\r\np21\r\n$6\r\n1.0925\r\n*2\r\n$3\r\np13\r\n$6\r\n1.2220\r\n*2\r\n$3\r\np30\r\n$6\r\n1.2409\r\n*2\r\n$2\r\np0\r\n$6\r\n1.2921\r\n*2\r\n$3\r\np16\r\n$6\r\n1.2921\r\n*2\r\n$2\r\np8\r\n$6\r\n1.3847\r\n*2\r\n$3\r\np38\r\n$6\r\n1.4695\r\n*2\r\n$3\r\np19\r\n$6\r\n1.6340\r\n*2\r\n$3\r\np18\r\n$6\r\n1.7241\r\n*2\r\n$3\r\np27\r\n$6\r\n1.7620\r\n*2\r\n$2\r\np4\r\n$6\r\n1.7638\r\n*2\r\n$2\r\np7\r\n$6\r\n1.8598\r\n*2\r\n$3\r\np34\r\n$6\r\n1.9383\r\n*2\r\n$3\r\np31\r\n$6\r\n1.9813\r\n
> GEOSEARCH town FROMMEMBER p15 BYRADIUS 511.121492 m WITHCOORD ASC COUNT 4
< *2\r\n*2\r\n$3\r\np15\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n*2\r\n$3\r\np33\r\n*2\r\n$21\r\n120.02229005098342896\r\n$20\r\n-9.11218189079918517\r\n
> GEOSEARCHSTORE stored town FROMMEMBER p15 BYRADIUS 511.121492 m ASC COUNT 4 STOREDIST
< :2\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *4\r\n$3\r\np15\r\n$1\r\n0\r\n$3\r\np33\r\n$18\r\n440.33908759431648\r\n
> GEOSEARCH town FROMMEMBER p14 BYBOX 0.083661 0.117581 mi DESC
< *1\r\n$3\r\np14\r\n
> GEOSEARCH dense FROMLONLAT -130.382951 -8.851616 BYRADIUS 33.801655 mi WITHDIST WITHCOORD WITHHASH
< *30\r\n*4\r\n$4\r\np137\r\n$7\r\n33.2109\r\n:511136352338877\r\n*2\r\n$22\r\n-130.67465633153915405\r\n$20\r\n-9.23622100545259883\r\n*4\r\n$4\r\np106\r\n$7\r\n26.3004\r\n:511138681120108\r\n*2\r\n$22\r\n-130.43960899114608765\r\n$20\r\n-9.22802118250213965\r\n*4\r\n$3\r\np61\r\n$7\r\n27.5115\r\n:511138768394420\r\n*2\r\n$22\r\n-130.58531731367111206\r\n$20\r\n-9.19587077931708308\r\n*4\r\n$4\r\np151\r\n$7\r\n18.2080\r\n:511142377902952\r\n*2\r\n$22\r\n-130.52569717168807983\r\n$20\r\n-9.07415853868794642\r\n*4\r\n$3\r\np77\r\n$7\r\n18.2080\r\n:511142377902952\r\n*2\r\n$22\r\n-130.52569717168807983\r\n$20\r\n-9.07415853868794642\r\n*4\r\n$4\r\np174\r\n$7\r\n17.3569\r\n:511142884181209\r\n*2\r\n$22\r\n-130.44679731130599976\r\n$20\r\n-9.09470752312670783\r\n*4\r\n$4\r\np111\r\n$7\r\n20.4516\r\n:511145486860977\r\n*2\r\n$22\r\n-130.42129486799240112\r\n$20\r\n-9.14509777977436045\r\n*4\r\n$4\r\np184\r\n$7\r\n20.3209\r\n:511146024489739\r\n*2\r\n$22\r\n-130.33413916826248169\r\n$20\r\n-9.14166069788229407\r\n*4\r\n$4\r\np201\r\n$7\r\n23.6165\r\n:511147765843948\r\n*2\r\n$22\r\n-130.20773738622665405\r\n$20\r\n-9.14626121678649895\r\n*4\r\n$3\r\np47\r\n$7\r\n15.9013\r\n:511149181594059\r\n*2\r\n$21\r\n-130.3357270359992981\r\n$19\r\n-9.0769137805881428\r\n*4\r\n$3\r\np41\r\n$7\r\n21.3736\r\n:511150720755497\r\n*2\r\n$22\r\n-130.20263046026229858\r\n$20\r\n-9.10443071349393307\r\n*4\r\n$4\r\np170\r\n$7\r\n19.3438\r\n:511152183233848\r\n*2\r\n$22\r\n-130.16100257635116577\r\n$20\r\n-9.02558314239036719\r\n*4\r\n$4\r\np113\r\n$7\r\n18.1854\r\n:511152402465477\r\n*2\r\n$22\r\n-130.16039103269577026\r\n$20\r\n-8.99616263389392401\r\n*4\r\n$3\r\np79\r\n$7\r\n18.1854\r\n:511152402465477\r\n*2\r\n$22\r\n-130.16039103269577026\r\n$20\r\n-8.99616263389392401\r\n*4\r\n$3\r\np98\r\n$7\r\n21.3294\r\n:511153199888244\r\n*2\r\n$22\r\n-130.67436665296554565\r\n$20\r\n-8.96277782150426816\r\n*4\r\n$4\r\np101\r\n$6\r\n6.1187\r\n:511155780168918\r\n*2\r\n$22\r\n-130.43255478143692017\r\n$20\r\n-8.92534505942315803\r\n*4\r\n$3\r\np72\r\n$7\r\n10.6794\r\n:511156322369057\r\n*2\r\n$22\r\n-130.53823918104171753\r\n$20\r\n-8.83339804936813522\r\n*4\r\n$3\r\np78\r\n$6\r\n6.4744\r\n:511156471756173\r\n*2\r\n$22\r\n-130.47597974538803101\r\n$20\r\n-8.86969018692754929\r\n*4\r\n$4\r\np162\r\n$7\r\n19.6684\r\n:511157594229452\r\n*2\r\n$22\r\n-130.66008657217025757\r\n$20\r\n-8.77424526167263963\r\n*4\r\n$4\r\np128\r\n$6\r\n6.7310\r\n:511163076173987\r\n*2\r\n$22\r\n-130.28438955545425415\r\n$20\r\n-8.85245915248636095\r\n*4\r\n$3\r\np53\r\n$7\r\n14.3320\r\n:511164975212311\r\n*2\r\n$22\r\n-130.17587810754776001\r\n$20\r\n-8.81793118085384009\r\n*4\r\n$3\r\np69\r\n$6\r\n4.3246\r\n:511165717582231\r\n*2\r\n$22\r\n-130.36303192377090454\r\n$20\r\n-8.79221896941351133\r\n*4\r\n$4\r\np114\r\n$7\r\n13.2802\r\n:511167827458014\r\n*2\r\n$22\r\n-130.19642382860183716\r\n$20\r\n-8.79731122422261791\r\n*4\r\n$4\r\np204\r\n$7\r\n17.2610\r\n:511168254336761\r\n*2\r\n$22\r\n-130.13546794652938843\r\n$20\r\n-8.80092320187468147\r\n*4\r\n$4\r\np160\r\n$7\r\n31.2775\r\n:511174284235140\r\n*2\r\n$22\r\n-130.01765459775924683\r\n$20\r\n-9.12478705912457855\r\n*4\r\n$2\r\np9\r\n$7\r\n29.3304\r\n:511174647715699\r\n*2\r\n$22\r\n-130.00728517770767212\r\n$20\r\n-9.05751809427687959\r\n*4\r\n$3\r\np68\r\n$7\r\n29.7020\r\n:511176107973023\r\n*2\r\n$22\r\n-129.96802836656570435\r\n$20\r\n-8.98072111259123318\r\n*4\r\n$3\r\np57\r\n$7\r\n23.5749\r\n:511187109180617\r\n*2\r\n$22\r\n-130.05163282155990601\r\n$20\r\n-8.94758216815403529\r\n*4\r\n$4\r\np120\r\n$7\r\n26.5268\r\n:511188528132713\r\n*2\r\n$22\r\n-129.99457687139511108\r\n$20\r\n-8.84448998916139573\r\n*4\r\n$3\r\np58\r\n$7\r\n29.8242\r\n:511188731083256\r\n*2\r\n$22\r\n-129.94638293981552124\r\n$19\r\n-8.8635840436547042\r\n
> GEORADIUSBYMEMBER dense p90 631.564745 m
< *2\r\n$4\r\np196\r\n$3\r\np90\r\n
> GEOSEARCH town FROMMEMBER p16 BYBOX 19788.814355637805 15961.810114 ft WITHDIST WITHCOORD DESC
< *18\r\n*3\r\n$2\r\np9\r\n$9\r\n9655.0652\r\n*2\r\n$20\r\n120.0482216477394104\r\n$20\r\n-9.14117910086202556\r\n*3\r\n$3\r\np25\r\n$9\r\n8738.2921\r\n*2\r\n$21\r\n120.04579693078994751\r\n$20\r\n-9.14398250246424737\r\n*3\r\n$3\r\np31\r\n$9\r\n7782.8690\r\n*2\r\n$21\r\n120.02047687768936157\r\n$20\r\n-9.12239428235016447\r\n*3\r\n$3\r\np35\r\n$9\r\n7568.1820\r\n*2\r\n$21\r\n120.03906458616256714\r\n$20\r\n-9.13225434765998756\r\n*3\r\n$3\r\np12\r\n$9\r\n7523.7773\r\n*2\r\n$21\r\n120.04005163908004761\r\n$20\r\n-9.13414524964485253\r\n*3\r\n$3\r\np36\r\n$9\r\n7162.4619\r\n*2\r\n$21\r\n120.03758937120437622\r\n$20\r\n-9.13210733383274942\r\n*3\r\n$2\r\np2\r\n$9\r\n6759.6217\r\n*2\r\n$21\r\n120.03573864698410034\r\n$20\r\n-9.13158264655276497\r\n*3\r\n$2\r\np1\r\n$9\r\n6248.6993\r\n*2\r\n$21\r\n120.03366798162460327\r\n$20\r\n-9.13145084105247662\r\n*3\r\n$3\r\np14\r\n$9\r\n6247.0829\r\n*2\r\n$21\r\n120.03441900014877319\r\n$20\r\n-9.13222900044839747\r\n*3\r\n$3\r\np26\r\n$9\r\n6234.9552\r\n*2\r\n$21\r\n120.01493006944656372\r\n$20\r\n-9.12790730087171909\r\n*3\r\n$2\r\np7\r\n$9\r\n5191.8792\r\n*2\r\n$21\r\n120.01650720834732056\r\n$20\r\n-9.13036598039628444\r\n*3\r\n$3\r\np30\r\n$9\r\n5131.2732\r\n*2\r\n$21\r\n120.02727895975112915\r\n$20\r\n-9.13082476492612471\r\n*3\r\n$2\r\np4\r\n$9\r\n4492.0681\r\n*2\r\n$21\r\n120.01715093851089478\r\n$20\r\n-9.13217577130405544\r\n*3\r\n$3\r\np37\r\n$9\r\n3198.9570\r\n*2\r\n$21\r\n120.03007382154464722\r\n$20\r\n-9.14126021193911953\r\n*3\r\n$3\r\np21\r\n$9\r\n1587.4918\r\n*2\r\n$21\r\n120.02467185258865356\r\n$20\r\n-9.14063160109160577\r\n*3\r\n$2\r\np8\r\n$8\r\n694.9537\r\n*2\r\n$21\r\n120.02019792795181274\r\n$20\r\n-9.14233239898952377\r\n*3\r\n$2\r\np0\r\n$6\r\n0.0000\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n*3\r\n$3\r\np16\r\n$6\r\n0.0000\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n
> GEOSEARCH dateline FROMMEMBER p67 BYBOX 128213.0361367312 190226.167637 m WITHDIST
< *4\r\n*2\r\n$3\r\np67\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np76\r\n$10\r\n75749.6813\r\n*2\r\n$3\r\np22\r\n$11\r\n109234.6654\r\n*2\r\n$3\r\np78\r\n$11\r\n109234.6654\r\n
> GEOSEARCH dense FROMMEMBER p153 BYRADIUS 7360.396977 mi
< *220\r\n$4\r\np133\r\n$4\r\np209\r\n$4\r\np198\r\n$4\r\np176\r\n$4\r\np173\r\n$4\r\np215\r\n$4\r\np192\r\n$3\r\np14\r\n$3\r\np20\r\n$3\r\np60\r\n$3\r\np62\r\n$4\r\np139\r\n$4\r\np147\r\n$3\r\np18\r\n$3\r\np63\r\n$4\r\np110\r\n$4\r\np119\r\n$3\r\np92\r\n$3\r\np66\r\n$4\r\np107\r\n$4\r\np213\r\n$2\r\np5\r\n$3\r\np50\r\n$4\r\np158\r\n$4\r\np131\r\n$4\r\np208\r\n$4\r\np216\r\n$3\r\np49\r\n$3\r\np75\r\n$3\r\np95\r\n$4\r\np154\r\n$4\r\np105\r\n$4\r\np189\r\n$4\r\np123\r\n$4\r\np112\r\n$3\r\np74\r\n$4\r\np159\r\n$4\r\np200\r\n$3\r\np27\r\n$3\r\np21\r\n$4\r\np127\r\n$4\r\np175\r\n$4\r\np186\r\n$4\r\np218\r\n$4\r\np182\r\n$3\r\np99\r\n$3\r\np17\r\n$3\r\np71\r\n$3\r\np54\r\n$2\r\np6\r\n$4\r\np210\r\n$4\r\np146\r\n$3\r\np67\r\n$4\r\np219\r\n$4\r\np140\r\n$4\r\np132\r\n$3\r\np86\r\n$4\r\np138\r\n$3\r\np93\r\n$4\r\np104\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np166\r\n$2\r\np0\r\n$4\r\np214\r\n$4\r\np205\r\n$3\r\np13\r\n$3\r\np22\r\n$4\r\np129\r\n$3\r\np80\r\n$3\r\np19\r\n$4\r\np183\r\n$4\r\np211\r\n$4\r\np134\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np164\r\n$3\r\np26\r\n$4\r\np188\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np169\r\n$4\r\np144\r\n$3\r\np24\r\n$3\r\np46\r\n$3\r\np52\r\n$3\r\np11\r\n$3\r\np48\r\n$4\r\np206\r\n$3\r\np91\r\n$3\r\np43\r\n$4\r\np153\r\n$3\r\np32\r\n$2\r\np1\r\n$4\r\np143\r\n$4\r\np199\r\n$2\r\np7\r\n$4\r\np124\r\n$4\r\np193\r\n$4\r\np194\r\n$3\r\np34\r\n$4\r\np152\r\n$4\r\np187\r\n$4\r\np142\r\n$3\r\np56\r\n$3\r\np15\r\n$3\r\np30\r\n$3\r\np82\r\n$3\r\np28\r\n$3\r\np84\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np38\r\n$4\r\np203\r\n$3\r\np40\r\n$4\r\np165\r\n$3\r\np83\r\n$4\r\np100\r\n$4\r\np161\r\n$3\r\np12\r\n$3\r\np64\r\n$4\r\np150\r\n$4\r\np148\r\n$4\r\np156\r\n$4\r\np217\r\n$4\r\np195\r\n$4\r\np137\r\n$4\r\np106\r\n$3\r\np61\r\n$4\r\np151\r\n$3\r\np77\r\n$4\r\np174\r\n$4\r\np111\r\n$4\r\np184\r\n$3\r\np76\r\n$4\r\np201\r\n$3\r\np47\r\n$3\r\np41\r\n$4\r\np170\r\n$4\r\np113\r\n$3\r\np79\r\n$3\r\np98\r\n$4\r\np101\r\n$3\r\np72\r\n$3\r\np78\r\n$4\r\np162\r\n$4\r\np128\r\n$3\r\np53\r\n$3\r\np69\r\n$4\r\np114\r\n$4\r\np204\r\n$4\r\np179\r\n$4\r\np178\r\n$4\r\np160\r\n$2\r\np9\r\n$4\r\np168\r\n$3\r\np68\r\n$3\r\np51\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np126\r\n$4\r\np145\r\n$4\r\np108\r\n$3\r\np85\r\n$3\r\np94\r\n$4\r\np136\r\n$4\r\np190\r\n$3\r\np87\r\n$4\r\np125\r\n$3\r\np57\r\n$4\r\np120\r\n$3\r\np58\r\n$3\r\np89\r\n$3\r\np37\r\n$4\r\np172\r\n$3\r\np42\r\n$3\r\np96\r\n$4\r\np207\r\n$3\r\np36\r\n$3\r\np81\r\n$4\r\np103\r\n$4\r\np180\r\n$3\r\np31\r\n$3\r\np55\r\n$4\r\np122\r\n$2\r\np8\r\n$4\r\np117\r\n$3\r\np73\r\n$4\r\np109\r\n$4\r\np181\r\n$4\r\np130\r\n$4\r\np185\r\n$3\r\np70\r\n$4\r\np149\r\n$4\r\np157\r\n$4\r\np155\r\n$4\r\np196\r\n$3\r\np90\r\n$3\r\np65\r\n$3\r\np25\r\n$4\r\np141\r\n$4\r\np191\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np197\r\n$3\r\np59\r\n$4\r\np102\r\n$3\r\np16\r\n$3\r\np97\r\n$4\r\np212\r\n$3\r\np29\r\n$4\r\np121\r\n$4\r\np135\r\n$3\r\np33\r\n$3\r\np10\r\n$3\r\np88\r\n$4\r\np167\r\n$4\r\np202\r\n
> GEOSEARCH dateline FROMMEMBER p86 BYBOX 42947.20301179903 33820.372818 ft COUNT 25
< *2\r\n$3\r\np86\r\n$3\r\np71\r\n
> GEOSEARCH polar FROMLONLAT 101.65051 81.75185970547896 BYRADIUS 5642186.937384 ft WITHDIST ANY COUNT 6
< *0\r\n
> GEOSEARCH world FROMMEMBER p52 BYRADIUS 36532.161815 ft ASC WITHDIST WITHHASH COUNT 3
< *0\r\n
> GEOSEARCH town FROMMEMBER p4 BYBOX 9970.14472 10693.972837810961 ft COUNT 1 WITHHASH ASC
< *1\r\n*2\r\n$2\r\np4\r\n:3221994943723101\r\n
> GEOSEARCH dateline FROMLONLAT 180 8.290312 BYBOX 352.235468 319.028184 km COUNT 2 WITHHASH
< *2\r\n*2\r\n$3\r\np84\r\n:10138602092692736\r\n*2\r\n$3\r\np15\r\n:10138601372586048\r\n
> GEOSEARCHSTORE stored dateline FROMLONLAT 180 8.290312 BYBOX 352.235468 319.028184 km COUNT 2 STOREDIST
< :2\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *4\r\n$3\r\np84\r\n$18\r\n6.8551567699845242\r\n$3\r\np15\r\n$18\r\n7.5701253058149209\r\n
> GEORADIUS world -180 -85.05112878 1255.895479 m ASC
< *0\r\n
> GEOSEARCH world FROMLONLAT 134.980963 -85.051129 BYRADIUS 4417.9129723218475 ft ANY ASC COUNT 2
< -ERR invalid longitude,latitude pair 134.980963,-85.051129\r\n
> GEOSEARCH town FROMMEMBER p20 BYRADIUS 55.416839 m DESC COUNT 60 WITHDIST ANY
< *1\r\n*2\r\n$3\r\np20\r\n$6\r\n0.0000\r\n
> GEOSEARCH town FROMMEMBER p29 BYRADIUS 208.099935 m
< *1\r\n$3\r\np29\r\n
> GEORADIUS town 120.043068 -9.117165 11.982656 m COUNT 3 ASC
< *0\r\n
> GEORADIUS town 120.043068 -9.117165 11.982656 m COUNT 3 ASC STOREDIST stored
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEORADIUSBYMEMBER world p92 22487332.037125874 m ASC WITHCOORD WITHDIST COUNT 1
< *0\r\n
> GEORADIUSBYMEMBER dense p94 0.151326 mi COUNT 25 WITHHASH ANY
< *1\r\n*2\r\n$3\r\np94\r\n:511180492709240\r\n
> GEOSEARCH town FROMLONLAT 120.050348 -9.130967 BYBOX 2318.566888 2860.465295 m
< *7\r\n$3\r\np12\r\n$3\r\np13\r\n$3\r\np19\r\n$3\r\np18\r\n$3\r\np38\r\n$3\r\np20\r\n$2\r\np9\r\n
> GEOSEARCH dense FROMMEMBER p201 BYBOX 27037.355352007875 29630.279449 ft WITHCOORD
< *1\r\n*2\r\n$4\r\np201\r\n*2\r\n$22\r\n-130.20773738622665405\r\n$20\r\n-9.14626121678649895\r\n
> GEOSEARCH world FROMLONLAT 180 -72.571439 BYRADIUS 59526.301993 mi WITHCOORD ASC
< *0\r\n
> GEOSEARCH dateline FROMLONLAT 179.91334992108847 5.935671 BYRADIUS 3932289.809095 m WITHDIST ANY COUNT 6
< *6\r\n*2\r\n$2\r\np8\r\n$11\r\n262133.8186\r\n*2\r\n$3\r\np67\r\n$11\r\n338615.1808\r\n*2\r\n$3\r\np76\r\n$11\r\n326477.9609\r\n*2\r\n$3\r\np22\r\n$11\r\n234777.2249\r\n*2\r\n$3\r\np78\r\n$11\r\n234777.2249\r\n*2\r\n$2\r\np4\r\n$11\r\n239977.5778\r\n
> GEOSEARCH town FROMLONLAT 120.0362067536114 -9.11320351840799 BYBOX 3.107741 3.893374 km DESC COUNT 4
< *4\r\n$2\r\np3\r\n$3\r\np33\r\n$3\r\np15\r\n$3\r\np34\r\n
> GEOSEARCH town FROMLONLAT 120.053448 -9.119333 BYRADIUS 0.864574 mi WITHHASH
< *7\r\n*2\r\n$3\r\np13\r\n:3221994989306285\r\n*2\r\n$3\r\np19\r\n:3221994998946008\r\n*2\r\n$3\r\np18\r\n:3221994999363238\r\n*2\r\n$3\r\np27\r\n:3221995000050924\r\n*2\r\n$3\r\np34\r\n:3221995000936105\r\n*2\r\n$3\r\np38\r\n:3221995001655704\r\n*2\r\n$3\r\np29\r\n:3221995008651457\r\n
> GEOSEARCH dense FROMMEMBER p51 BYBOX 0.9227391506299546 2.2091049662644187 km ASC WITHDIST
< *1\r\n*2\r\n$3\r\np51\r\n$6\r\n0.0000\r\n
> GEOSEARCH town FROMLONLAT 120.0283 -9.118789999789966 BYBOX 4.22339 2.3048769981137243 km DESC
< *18\r\n$3\r\np34\r\n$3\r\np18\r\n$3\r\np26\r\n$3\r\np27\r\n$3\r\np28\r\n$3\r\np17\r\n$3\r\np19\r\n$3\r\np39\r\n$3\r\np10\r\n$2\r\np5\r\n$3\r\np11\r\n$3\r\np22\r\n$2\r\np6\r\n$3\r\np33\r\n$3\r\np31\r\n$3\r\np23\r\n$3\r\np32\r\n$3\r\np15\r\n
> GEOSEARCH dateline FROMMEMBER p47 BYBOX 0.052822 0.181883 km ASC
< *2\r\n$3\r\np47\r\n$3\r\np62\r\n
> GEORADIUS dense -130.4658584767229 -8.788775 92.605574 mi WITHHASH COUNT 3
< *3\r\n*2\r\n$3\r\np78\r\n:511156471756173\r\n*2\r\n$3\r\np72\r\n:511156322369057\r\n*2\r\n$3\r\np69\r\n:511165717582231\r\n
> GEORADIUS dense -130.4658584767229 -8.788775 92.605574 mi COUNT 3 STOREDIST stored
< :3\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *6\r\n$3\r\np78\r\n$18\r\n5.6348470559655226\r\n$3\r\np72\r\n$18\r\n5.8265405748691581\r\n$3\r\np69\r\n$18\r\n7.0272062664948365\r\n
> GEOSEARCH dense FROMMEMBER p73 BYRADIUS 3.726509 km WITHDIST ASC
< *2\r\n*2\r\n$3\r\np73\r\n$6\r\n0.0000\r\n*2\r\n$4\r\np109\r\n$6\r\n1.4272\r\n
> GEORADIUSBYMEMBER dense p119 2.653462 mi COUNT 3
< *2\r\n$4\r\np110\r\n$4\r\np119\r\n
> GEORADIUSBYMEMBER polar p56 274503.432143 ft ASC WITHCOORD
< *0\r\n
> GEOSEARCH world FROMMEMBER p12 BYBOX 12594201.477492 23331377.903668124 m COUNT 3 DESC
< *0\r\n
> GEOSEARCH town FROMMEMBER p21 BYRADIUS 1.2509180972956546 km COUNT 60
< *6\r\n$3\r\np21\r\n$2\r\np0\r\n$3\r\np16\r\n$2\r\np8\r\n$3\r\np37\r\n$3\r\np30\r\n
> GEOSEARCH world FROMMEMBER p10 BYBOX 0.022462 0.022775 mi COUNT 2 WITHCOORD
< *0\r\n
> GEOSEARCH polar FROMMEMBER p13 BYRADIUS 15403730.729720902 m COUNT 3 ANY
< *0\r\n
> GEOSEARCHSTORE stored polar FROMMEMBER p13 BYRADIUS 15403730.729720902 m COUNT 3 ANY
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEORADIUS polar 108.24421790410011 84.645792 46636.428922 m WITHDIST COUNT 2 WITHCOORD
< *0\r\n
> GEOSEARCH town FROMMEMBER p4 BYRADIUS 0.050049 mi WITHDIST
< *1\r\n*2\r\n$2\r\np4\r\n$6\r\n0.0000\r\n
> GEOSEARCH dense FROMLONLAT -129.541349 -9.960864 BYBOX 9.397522010859815 6.430208 mi COUNT 2
< *1\r\n$4\r\np175\r\n
> GEORADIUS dense 57.034733 -85.051129 25.271924 km WITHDIST ANY ASC COUNT 1
< -ERR invalid longitude,latitude pair 57.034733,-85.051129\r\n
> GEODIST dense p115 p96 m
< $11\r\n122071.6427\r\n
> GEOPOS dense p115 p96
< *2\r\n*2\r\n$22\r\n-130.43899208307266235\r\n$20\r\n-9.50025783917861588\r\n*2\r\n$22\r\n-129.48968321084976196\r\n$20\r\n-8.92889873848854876\r\n
> GEOHASH dense p115 p96
< *2\r\n$11\r\n3n71zy90zp0\r\n$11\r\n3n7vjqs3rs0\r\n
> GEOSEARCH dateline FROMLONLAT 180 9.352974022107762 BYBOX 25077.672698 12915.688724253834 ft WITHDIST COUNT 10
< *0\r\n
> GEODIST dateline p47 p65 m
< $11\r\n168133.4580\r\n
> GEOPOS dateline p47 p65
< *2\r\n*2\r\n$21\r\n177.57200807332992554\r\n$19\r\n9.01554818132054692\r\n*2\r\n$21\r\n177.41974979639053345\r\n$19\r\n7.51144211064765699\r\n
> GEOHASH dateline p47 p65
< *2\r\n$11\r\nxcw729pzre0\r\n$11\r\nxcq4tr3j7f0\r\n
> GEOSEARCH town FROMLONLAT 120.029364 -9.132158 BYBOX 0.7799902087539913 0.642778 mi WITHDIST ASC COUNT 2
< *2\r\n*2\r\n$3\r\np30\r\n$6\r\n0.1695\r\n*2\r\n$2\r\np1\r\n$6\r\n0.2977\r\n
> GEOSEARCH dateline FROMLONLAT -87.449749 -85.051129 BYBOX 64908.520751 209762.46688972643 ft ASC COUNT 6
< -ERR invalid longitude,latitude pair -87.449749,-85.051129\r\n
> GEOSEARCH dense FROMLONLAT -130.261759 -10.133432385078546 BYBOX 39.691454 20.559977 km
< *5\r\n$3\r\np63\r\n$3\r\np92\r\n$3\r\np66\r\n$4\r\np107\r\n$4\r\np213\r\n
> GEOSEARCH dateline FROMLONLAT 180 6.091028 BYBOX 332.415062 413.519003 km
< *40\r\n$3\r\np71\r\n$2\r\np6\r\n$3\r\np44\r\n$3\r\np58\r\n$3\r\np43\r\n$3\r\np75\r\n$3\r\np51\r\n$3\r\np59\r\n$3\r\np11\r\n$3\r\np27\r\n$3\r\np39\r\n$3\r\np29\r\n$3\r\np37\r\n$3\r\np77\r\n$3\r\np63\r\n$3\r\np30\r\n$3\r\np35\r\n$3\r\np36\r\n$3\r\np50\r\n$3\r\np33\r\n$3\r\np10\r\n$3\r\np79\r\n$2\r\np9\r\n$3\r\np69\r\n$3\r\np42\r\n$3\r\np88\r\n$3\r\np86\r\n$3\r\np54\r\n$3\r\np82\r\n$3\r\np83\r\n$2\r\np3\r\n$3\r\np21\r\n$3\r\np18\r\n$3\r\np70\r\n$3\r\np24\r\n$3\r\np53\r\n$3\r\np74\r\n$3\r\np26\r\n$3\r\np12\r\n$3\r\np48\r\n
> GEODIST dateline p55 p4 ft
< $11\r\n368488.4669\r\n
> GEOPOS dateline p55 p4
< *2\r\n*2\r\n$21\r\n177.16357201337814331\r\n$19\r\n5.81384810027662269\r\n*2\r\n$21\r\n177.90475219488143921\r\n$19\r\n5.12440901437874885\r\n
> GEOHASH dateline p55 p4
< *2\r\n$11\r\nxcjcp6qs470\r\n$11\r\nxbyt0kf7c50\r\n
> GEOSEARCH polar FROMLONLAT 99.811945 85.051129 BYRADIUS 505638.931674 ft COUNT 6 ASC
< -ERR invalid longitude,latitude pair 99.811945,85.051129\r\n
> GEORADIUS polar 107.320374 85.05112878 35602.529849 ft COUNT 4 WITHDIST
< *0\r\n
> GEOSEARCH dense FROMMEMBER p160 BYBOX 191011.820366 101393.78283474354 ft COUNT 10 ANY
< *10\r\n$4\r\np179\r\n$4\r\np160\r\n$2\r\np9\r\n$4\r\np168\r\n$3\r\np51\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np126\r\n$4\r\np145\r\n$4\r\np108\r\n
> GEODIST dense p97 p92 m
< $11\r\n145677.4650\r\n
> GEOPOS dense p97 p92
< *2\r\n*2\r\n$22\r\n-129.14146274328231812\r\n$20\r\n-9.32924780672149012\r\n*2\r\n$22\r\n-130.12438505887985229\r\n$21\r\n-10.21079340928567092\r\n
> GEOHASH dense p97 p92
< *2\r\n$11\r\n3nk4vmdj1y0\r\n$11\r\n3n5myvnmf40\r\n
> GEOSEARCH dense FROMLONLAT -129.347964 -9.740032 BYRADIUS 6717.858963 m DESC
< *2\r\n$4\r\np155\r\n$4\r\np157\r\n
> GEORADIUS polar 104.383233 78.944869 51.292894 km
< *0\r\n
> GEOSEARCH town FROMMEMBER p7 BYBOX 0.199344 0.38013631741751713 mi WITHDIST WITHHASH
< *2\r\n*3\r\n$2\r\np7\r\n$6\r\n0.0000\r\n:3221994946635721\r\n*3\r\n$2\r\np4\r\n$6\r\n0.1326\r\n:3221994943723101\r\n
> GEOSEARCHSTORE stored town FROMMEMBER p7 BYBOX 0.199344 0.38013631741751713 mi STOREDIST
< :2\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *4\r\n$2\r\np7\r\n$1\r\n0\r\n$2\r\np4\r\n$19\r\n0.13256900997799426\r\n
> GEOSEARCH world FROMMEMBER p105 BYBOX 2527798.424359 1717883.571174 m
< *0\r\n
> GEORADIUS town 120.04783471985016 -9.14164173332135 1274.668065 ft COUNT 10 WITHHASH WITHDIST
< *3\r\n*3\r\n$2\r\np9\r\n$8\r\n218.9382\r\n:3221992119495261\r\n*3\r\n$3\r\np20\r\n$9\r\n1056.5100\r\n:3221992117115081\r\n*3\r\n$3\r\np25\r\n$9\r\n1126.3393\r\n:3221992110591481\r\n
> GEOSEARCH dense FROMLONLAT -130.291291 -9.873499 BYRADIUS 22253.735527 ft WITHHASH
< *1\r\n*2\r\n$4\r\np138\r\n:510938663718008\r\n
> GEOSEARCH dateline FROMLONLAT 177.982037 4.7883175776636815 BYBOX 32.765959 26.403092 mi ASC WITHDIST COUNT 2
< *2\r\n*2\r\n$3\r\np22\r\n$7\r\n10.1869\r\n*2\r\n$3\r\np78\r\n$7\r\n10.1869\r\n
> GEORADIUS dateline -180 85.05112878 19352.436029 ft
< *0\r\n
> GEOSEARCH world FROMMEMBER p5 BYBOX 734262.75023 628372.923738 m ASC WITHHASH
< *0\r\n
> GEORADIUS dateline 177.934643 4.171472 35.564392 mi WITHHASH WITHDIST DESC
< *1\r\n*3\r\n$3\r\np67\r\n$7\r\n28.5979\r\n:4129499401386696\r\n
> GEOSEARCH dense FROMLONLAT -130.54521 -9.622299275651104 BYRADIUS 26.662532 km COUNT 6 ASC ANY WITHDIST
< *6\r\n*2\r\n$3\r\np80\r\n$7\r\n11.7632\r\n*2\r\n$3\r\np19\r\n$7\r\n13.1599\r\n*2\r\n$4\r\np183\r\n$7\r\n14.0983\r\n*2\r\n$4\r\np211\r\n$7\r\n14.0983\r\n*2\r\n$4\r\np134\r\n$7\r\n15.9345\r\n*2\r\n$4\r\np129\r\n$7\r\n17.4437\r\n
> GEOSEARCH world FROMLONLAT 180 -85.051129 BYRADIUS 4278.664618 km ASC WITHHASH
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOSEARCH world FROMMEMBER p1 BYBOX 839.1362613396982 1422.470579 mi COUNT 25 ASC
< *0\r\n
> GEORADIUSBYMEMBER dense p207 1.8238942046949551 mi WITHDIST DESC COUNT 10
< *1\r\n*2\r\n$4\r\np207\r\n$6\r\n0.0000\r\n
> GEORADIUSBYMEMBER dateline p84 21.323702 km ASC
< *4\r\n$3\r\np84\r\n$3\r\np15\r\n$3\r\np49\r\n$3\r\np66\r\n
> GEOSEARCH town FROMLONLAT 120.018531 -9.115699 BYRADIUS 9492.660181 ft WITHDIST ASC
< *25\r\n*2\r\n$2\r\np6\r\n$8\r\n704.6509\r\n*2\r\n$3\r\np11\r\n$9\r\n1241.0089\r\n*2\r\n$3\r\np22\r\n$9\r\n1342.2452\r\n*2\r\n$3\r\np39\r\n$9\r\n1451.8021\r\n*2\r\n$3\r\np33\r\n$9\r\n1865.9287\r\n*2\r\n$3\r\np15\r\n$9\r\n2097.0837\r\n*2\r\n$3\r\np10\r\n$9\r\n2364.3690\r\n*2\r\n$2\r\np5\r\n$9\r\n2364.3690\r\n*2\r\n$3\r\np31\r\n$9\r\n2541.8188\r\n*2\r\n$3\r\np32\r\n$9\r\n3703.1439\r\n*2\r\n$3\r\np26\r\n$9\r\n4640.0779\r\n*2\r\n$3\r\np23\r\n$9\r\n5378.1922\r\n*2\r\n$2\r\np7\r\n$9\r\n5401.6530\r\n*2\r\n$2\r\np4\r\n$9\r\n6033.1574\r\n*2\r\n$3\r\np30\r\n$9\r\n6356.1525\r\n*2\r\n$2\r\np1\r\n$9\r\n7923.6953\r\n*2\r\n$3\r\np14\r\n$9\r\n8315.9328\r\n*2\r\n$3\r\np17\r\n$9\r\n8322.0910\r\n*2\r\n$2\r\np2\r\n$9\r\n8487.3176\r\n*2\r\n$3\r\np28\r\n$9\r\n8571.0143\r\n*2\r\n$3\r\np19\r\n$9\r\n8697.2773\r\n*2\r\n$3\r\np36\r\n$9\r\n9110.6367\r\n*2\r\n$3\r\np27\r\n$9\r\n9179.3381\r\n*2\r\n$3\r\np21\r\n$9\r\n9363.4519\r\n*2\r\n$3\r\np18\r\n$9\r\n9478.6714\r\n
> GEOSEARCH world FROMMEMBER p95 BYBOX 29068.480962 55176.42953325701 km WITHDIST ASC
< *0\r\n
> GEOSEARCH world FROMLONLAT 180 85.051129 BYRADIUS 2561.62529 mi ASC WITHDIST
< -ERR invalid longitude,latitude pair 180.000000,85.051129\r\n
> GEOSEARCH dateline FROMMEMBER p61 BYRADIUS 33114.25670915326 m COUNT 1
< *1\r\n$3\r\np61\r\n
> GEODIST dateline p20 p27 ft
< $11\r\n966205.2957\r\n
> GEOPOS dateline p20 p27
< *2\r\n*2\r\n$3\r\n180\r\n$19\r\n9.44079835022284186\r\n*2\r\n$3\r\n180\r\n$19\r\n6.79304890494665159\r\n
> GEOHASH dateline p20 p27
< *2\r\n$11\r\n818j8n8h8h0\r\n$11\r\n810n8h8h2h0\r\n
> GEOSEARCH dense FROMLONLAT -129.597449 -8.782354 BYRADIUS 105.9498 km ASC
< *87\r\n$3\r\np42\r\n$3\r\np96\r\n$3\r\np37\r\n$4\r\np172\r\n$4\r\np207\r\n$4\r\np125\r\n$3\r\np89\r\n$4\r\np108\r\n$3\r\np85\r\n$4\r\np145\r\n$3\r\np88\r\n$3\r\np87\r\n$4\r\np136\r\n$4\r\np190\r\n$3\r\np58\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np167\r\n$4\r\np126\r\n$3\r\np51\r\n$3\r\np94\r\n$4\r\np120\r\n$4\r\np135\r\n$3\r\np68\r\n$3\r\np10\r\n$3\r\np57\r\n$4\r\np168\r\n$2\r\np9\r\n$4\r\np212\r\n$4\r\np179\r\n$4\r\np178\r\n$3\r\np29\r\n$4\r\np202\r\n$4\r\np204\r\n$4\r\np160\r\n$3\r\np83\r\n$3\r\np53\r\n$3\r\np33\r\n$4\r\np100\r\n$4\r\np161\r\n$4\r\np114\r\n$4\r\np165\r\n$4\r\np121\r\n$4\r\np113\r\n$3\r\np79\r\n$4\r\np170\r\n$4\r\np195\r\n$3\r\np59\r\n$4\r\np102\r\n$4\r\np217\r\n$3\r\np41\r\n$4\r\np128\r\n$4\r\np201\r\n$3\r\np97\r\n$4\r\np150\r\n$3\r\np76\r\n$4\r\np191\r\n$4\r\np197\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np148\r\n$4\r\np156\r\n$3\r\np69\r\n$3\r\np64\r\n$3\r\np47\r\n$3\r\np40\r\n$3\r\np16\r\n$3\r\np12\r\n$4\r\np184\r\n$3\r\np52\r\n$3\r\np46\r\n$3\r\np24\r\n$4\r\np101\r\n$4\r\np203\r\n$3\r\np78\r\n$4\r\np111\r\n$3\r\np28\r\n$4\r\np174\r\n$3\r\np38\r\n$4\r\np194\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np72\r\n$4\r\np106\r\n$3\r\np84\r\n
> GEOSEARCH polar FROMLONLAT 108.013523 83.371396 BYRADIUS 3062942.522424 m ASC COUNT 10
< *0\r\n
> GEORADIUSBYMEMBER world p19 49571639.424585 m
< *0\r\n
> GEOSEARCH town FROMMEMBER p4 BYRADIUS 414372.648487 m WITHHASH ASC
< *40\r\n*2\r\n$2\r\np4\r\n:3221994943723101\r\n*2\r\n$2\r\np7\r\n:3221994946635721\r\n*2\r\n$3\r\np26\r\n:3221994947545637\r\n*2\r\n$3\r\np30\r\n:3221994954967576\r\n*2\r\n$3\r\np31\r\n:3221994962242220\r\n*2\r\n$2\r\np8\r\n:3221992076759240\r\n*2\r\n$3\r\np10\r\n:3221994960400857\r\n*2\r\n$2\r\np5\r\n:3221994960400857\r\n*2\r\n$3\r\np21\r\n:3221992080356533\r\n*2\r\n$2\r\np0\r\n:3221992076625014\r\n*2\r\n$3\r\np16\r\n:3221992076625014\r\n*2\r\n$3\r\np22\r\n:3221994963653206\r\n*2\r\n$2\r\np6\r\n:3221994964934026\r\n*2\r\n$3\r\np37\r\n:3221992086576863\r\n*2\r\n$3\r\np11\r\n:3221994964547484\r\n*2\r\n$2\r\np1\r\n:3221994954285779\r\n*2\r\n$3\r\np14\r\n:3221994954570086\r\n*2\r\n$3\r\np15\r\n:3221995012096517\r\n*2\r\n$2\r\np2\r\n:3221994954765259\r\n*2\r\n$3\r\np39\r\n:3221995010452473\r\n*2\r\n$3\r\np36\r\n:3221994977151588\r\n*2\r\n$3\r\np33\r\n:3221995012720469\r\n*2\r\n$3\r\np35\r\n:3221994977276202\r\n*2\r\n$3\r\np12\r\n:3221994976657086\r\n*2\r\n$3\r\np32\r\n:3221995019020188\r\n*2\r\n$3\r\np23\r\n:3221995020322352\r\n*2\r\n$3\r\np19\r\n:3221994998946008\r\n*2\r\n$3\r\np27\r\n:3221995000050924\r\n*2\r\n$3\r\np18\r\n:3221994999363238\r\n*2\r\n$3\r\np25\r\n:3221992110591481\r\n*2\r\n$3\r\np17\r\n:3221995044893940\r\n*2\r\n$3\r\np28\r\n:3221995044727266\r\n*2\r\n$2\r\np9\r\n:3221992119495261\r\n*2\r\n$3\r\np34\r\n:3221995000936105\r\n*2\r\n$3\r\np13\r\n:3221994989306285\r\n*2\r\n$3\r\np20\r\n:3221992117115081\r\n*2\r\n$3\r\np38\r\n:3221995001655704\r\n*2\r\n$3\r\np29\r\n:3221995008651457\r\n*2\r\n$2\r\np3\r\n:3221995056728940\r\n*2\r\n$3\r\np24\r\n:3221995070173412\r\n
> GEORADIUSBYMEMBER dense p139 0.024336 mi COUNT 6 DESC
< *1\r\n$4\r\np139\r\n
> GEOSEARCH dense FROMMEMBER p102 BYBOX 4.3191185399921705 3.146629 mi COUNT 25 WITHDIST
< *1\r\n*2\r\n$4\r\np102\r\n$6\r\n0.0000\r\n
> GEOSEARCH polar FROMMEMBER p9 BYBOX 23323.73557 8276.92575 m COUNT 6
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p88 BYBOX 1.676563 0.707742 km WITHDIST DESC
< *1\r\n*2\r\n$3\r\np88\r\n$6\r\n0.0000\r\n
> GEOSEARCHSTORE stored dateline FROMMEMBER p88 BYBOX 1.676563 0.707742 km DESC
< :1\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *2\r\n$3\r\np88\r\n$17\r\n10134564103013392\r\n
> GEOSEARCH dateline FROMMEMBER p84 BYBOX 21.645945 69.41526511620489 km ASC
< *4\r\n$3\r\np84\r\n$3\r\np15\r\n$3\r\np49\r\n$3\r\np66\r\n
> GEOSEARCH dateline FROMLONLAT 179.853164 7.908762 BYRADIUS 179997.217388 ft COUNT 1 ANY
< *1\r\n$3\r\np17\r\n
> GEOSEARCH dateline FROMMEMBER p0 BYRADIUS 362.276351 mi ANY COUNT 6
< *6\r\n$2\r\np5\r\n$3\r\np16\r\n$3\r\np40\r\n$2\r\np0\r\n$3\r\np13\r\n$3\r\np19\r\n
> GEOSEARCH world FROMMEMBER p90 BYBOX 33817.099104 33801.120901 km WITHDIST
< *0\r\n
> GEOSEARCH dense FROMMEMBER p10 BYRADIUS 512858.246078 ft ASC
< *174\r\n$3\r\np10\r\n$4\r\np135\r\n$3\r\np33\r\n$4\r\np202\r\n$3\r\np29\r\n$4\r\np121\r\n$3\r\np88\r\n$4\r\np167\r\n$4\r\np207\r\n$4\r\np212\r\n$4\r\np102\r\n$3\r\np97\r\n$3\r\np96\r\n$3\r\np59\r\n$4\r\np190\r\n$3\r\np94\r\n$4\r\np197\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$3\r\np16\r\n$3\r\np87\r\n$4\r\np136\r\n$4\r\np191\r\n$3\r\np42\r\n$4\r\np125\r\n$4\r\np156\r\n$4\r\np150\r\n$4\r\np148\r\n$4\r\np195\r\n$3\r\np64\r\n$4\r\np145\r\n$4\r\np108\r\n$3\r\np85\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np178\r\n$4\r\np141\r\n$4\r\np217\r\n$4\r\np126\r\n$4\r\np179\r\n$3\r\np37\r\n$4\r\np100\r\n$4\r\np161\r\n$3\r\np83\r\n$3\r\np51\r\n$4\r\np172\r\n$3\r\np25\r\n$4\r\np155\r\n$3\r\np89\r\n$4\r\np171\r\n$3\r\np23\r\n$4\r\np157\r\n$4\r\np165\r\n$3\r\np12\r\n$3\r\np84\r\n$3\r\np28\r\n$4\r\np196\r\n$3\r\np90\r\n$4\r\np168\r\n$3\r\np65\r\n$3\r\np58\r\n$3\r\np70\r\n$3\r\np68\r\n$4\r\np185\r\n$4\r\np181\r\n$3\r\np82\r\n$2\r\np9\r\n$4\r\np187\r\n$4\r\np120\r\n$4\r\np152\r\n$4\r\np160\r\n$4\r\np130\r\n$3\r\np57\r\n$4\r\np194\r\n$3\r\np15\r\n$3\r\np30\r\n$4\r\np149\r\n$3\r\np73\r\n$3\r\np56\r\n$4\r\np109\r\n$4\r\np142\r\n$3\r\np40\r\n$4\r\np117\r\n$4\r\np193\r\n$3\r\np34\r\n$3\r\np76\r\n$4\r\np170\r\n$4\r\np113\r\n$3\r\np79\r\n$4\r\np182\r\n$3\r\np99\r\n$4\r\np204\r\n$4\r\np203\r\n$4\r\np122\r\n$2\r\np8\r\n$2\r\np1\r\n$4\r\np143\r\n$3\r\np53\r\n$4\r\np124\r\n$3\r\np55\r\n$3\r\np41\r\n$4\r\np201\r\n$3\r\np38\r\n$4\r\np175\r\n$4\r\np114\r\n$3\r\np46\r\n$3\r\np52\r\n$3\r\np31\r\n$3\r\np24\r\n$3\r\np43\r\n$4\r\np153\r\n$3\r\np32\r\n$3\r\np22\r\n$4\r\np218\r\n$4\r\np127\r\n$4\r\np128\r\n$4\r\np169\r\n$4\r\np199\r\n$2\r\np7\r\n$3\r\np21\r\n$4\r\np186\r\n$3\r\np47\r\n$3\r\np91\r\n$4\r\np184\r\n$4\r\np205\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np188\r\n$4\r\np180\r\n$4\r\np200\r\n$4\r\np189\r\n$4\r\np123\r\n$4\r\np144\r\n$4\r\np206\r\n$3\r\np27\r\n$3\r\np69\r\n$4\r\np103\r\n$3\r\np26\r\n$3\r\np13\r\n$4\r\np111\r\n$4\r\np159\r\n$4\r\np101\r\n$3\r\np48\r\n$4\r\np174\r\n$4\r\np106\r\n$4\r\np112\r\n$3\r\np74\r\n$4\r\np164\r\n$3\r\np11\r\n$3\r\np36\r\n$4\r\np214\r\n$3\r\np78\r\n$4\r\np105\r\n$3\r\np95\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np151\r\n$3\r\np77\r\n$2\r\np0\r\n$3\r\np81\r\n$4\r\np154\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np166\r\n$4\r\np158\r\n$3\r\np75\r\n$4\r\np134\r\n$3\r\np72\r\n$4\r\np183\r\n$4\r\np211\r\n$3\r\np61\r\n$3\r\np19\r\n
> GEOSEARCH polar FROMMEMBER p4 BYRADIUS 934057.172851 ft ASC COUNT 25
< *0\r\n
> GEOSEARCH polar FROMMEMBER p47 BYBOX 0.597239 0.296667 mi COUNT 6 WITHCOORD ANY
< *0\r\n
> GEOSEARCH world FROMMEMBER p58 BYBOX 24205.581004 8190.08059 km WITHDIST WITHCOORD COUNT 25
< *0\r\n
> GEODIST world p52 p40 km
< $-1\r\n
> GEOPOS world p52 p40
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH world p52 p40
< *2\r\n$-1\r\n$-1\r\n
> GEOSEARCH polar FROMLONLAT 96.851604 84.792406 BYBOX 1751.251029 628.538917 km
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p72 BYBOX 61054.06007 28701.50325585266 m DESC
< *3\r\n$3\r\np81\r\n$3\r\np80\r\n$3\r\np72\r\n
> GEOSEARCH dateline FROMLONLAT 178.91648579350863 9.405023 BYBOX 46.366322 56.371362 km WITHHASH COUNT 4
< *1\r\n*2\r\n$3\r\np61\r\n:4134039785880697\r\n
> GEOSEARCH dense FROMLONLAT -129.16665 -9.756348 BYRADIUS 68096.120767 ft DESC WITHHASH
< *13\r\n*2\r\n$4\r\np109\r\n:512442078468007\r\n*2\r\n$3\r\np73\r\n:512442004153838\r\n*2\r\n$4\r\np155\r\n:512446663162999\r\n*2\r\n$4\r\np130\r\n:512442754020803\r\n*2\r\n$4\r\np149\r\n:512443705383447\r\n*2\r\n$4\r\np181\r\n:512442722120495\r\n*2\r\n$4\r\np185\r\n:512443102237364\r\n*2\r\n$4\r\np141\r\n:512449174877352\r\n*2\r\n$3\r\np65\r\n:512448123875616\r\n*2\r\n$3\r\np70\r\n:512443251755093\r\n*2\r\n$3\r\np25\r\n:512448838668555\r\n*2\r\n$4\r\np196\r\n:512447827054738\r\n*2\r\n$3\r\np90\r\n:512447827054738\r\n
> GEOSEARCH town FROMLONLAT -112.691165 -85.051129 BYBOX 500.8675157497126 520.4260232176379 m COUNT 4 WITHHASH WITHDIST ANY
< -ERR invalid longitude,latitude pair -112.691165,-85.051129\r\n
> GEOSEARCH dateline FROMMEMBER p52 BYBOX 2322895.3574129157 634746.828212 ft ASC COUNT 60
< *11\r\n$3\r\np52\r\n$3\r\np60\r\n$3\r\np55\r\n$3\r\np85\r\n$3\r\np68\r\n$2\r\np3\r\n$3\r\np82\r\n$3\r\np83\r\n$3\r\np54\r\n$3\r\np18\r\n$3\r\np21\r\n
> GEOSEARCH dateline FROMMEMBER p49 BYBOX 42.27112 74.692697 mi WITHHASH
< *8\r\n*2\r\n$3\r\np66\r\n:10138597866161152\r\n*2\r\n$3\r\np49\r\n:10138601350517844\r\n*2\r\n$3\r\np15\r\n:10138601372586048\r\n*2\r\n$3\r\np84\r\n:10138602092692736\r\n*2\r\n$3\r\np56\r\n:10138619356463120\r\n*2\r\n$3\r\np36\r\n:10137859131462912\r\n*2\r\n$3\r\np17\r\n:4133812187367655\r\n*2\r\n$3\r\np25\r\n:4133812187367655\r\n
> GEOSEARCH dense FROMLONLAT -129.549427 -9.591206 BYRADIUS 0.02124 mi ASC
< *0\r\n
> GEORADIUSBYMEMBER dateline p27 6100.450259360999 km COUNT 2 ANY WITHDIST
< *2\r\n*2\r\n$2\r\np5\r\n$8\r\n339.5057\r\n*2\r\n$3\r\np16\r\n$8\r\n334.3064\r\n
> GEOSEARCH world FROMMEMBER p38 BYBOX 3629966.407764 7761683.754935 m ASC COUNT 3 WITHCOORD
< *0\r\n
> GEOSEARCH polar FROMMEMBER p62 BYBOX 383036.2088945305 319523.345275 ft COUNT 3 WITHCOORD
< *0\r\n
> GEOSEARCH dense FROMLONLAT -129.271416 -9.778275 BYRADIUS 88.428643 mi ASC COUNT 60
< *60\r\n$4\r\np185\r\n$4\r\np181\r\n$3\r\np70\r\n$4\r\np155\r\n$4\r\np130\r\n$4\r\np157\r\n$3\r\np73\r\n$4\r\np109\r\n$4\r\np187\r\n$4\r\np196\r\n$3\r\np90\r\n$4\r\np152\r\n$3\r\np23\r\n$4\r\np171\r\n$3\r\np65\r\n$3\r\np25\r\n$4\r\np149\r\n$4\r\np117\r\n$4\r\np141\r\n$3\r\np84\r\n$4\r\np182\r\n$3\r\np99\r\n$4\r\np122\r\n$2\r\np8\r\n$3\r\np55\r\n$3\r\np82\r\n$3\r\np64\r\n$3\r\np31\r\n$4\r\np156\r\n$4\r\np148\r\n$3\r\np28\r\n$4\r\np191\r\n$3\r\np30\r\n$3\r\np15\r\n$4\r\np150\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$3\r\np16\r\n$4\r\np197\r\n$4\r\np218\r\n$4\r\np175\r\n$4\r\np186\r\n$3\r\np59\r\n$4\r\np180\r\n$4\r\np200\r\n$3\r\np56\r\n$3\r\np21\r\n$3\r\np34\r\n$4\r\np142\r\n$3\r\np12\r\n$4\r\np103\r\n$4\r\np102\r\n$4\r\np127\r\n$3\r\np97\r\n$4\r\np217\r\n$4\r\np159\r\n$4\r\np143\r\n$2\r\np1\r\n
> GEOSEARCH polar FROMLONLAT 102.680618 85.051129 BYRADIUS 144095.05463 m
< -ERR invalid longitude,latitude pair 102.680618,85.051129\r\n
> GEOSEARCH world FROMMEMBER p34 BYBOX 72894.154763 46603.44442506517 mi DESC
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.021402 -9.121461435374103 BYBOX 0.337048 0.2928292706010152 km
< *1\r\n$3\r\np31\r\n
> GEOSEARCH world FROMLONLAT -180 28.951502459028404 BYBOX 10245316.938117 19942659.923566 m
< *0\r\n
> GEOSEARCH world FROMMEMBER p31 BYRADIUS 51585.973695 km WITHHASH
< *0\r\n
> GEODIST world p109 p81 km
< $-1\r\n
> GEOPOS world p109 p81
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH world p109 p81
< *2\r\n$-1\r\n$-1\r\n
> GEORADIUSBYMEMBER dense p100 23513.01224384664 ft
< *3\r\n$3\r\np83\r\n$4\r\np100\r\n$4\r\np161\r\n
> GEOSEARCH polar FROMMEMBER p34 BYBOX 12425.04180993291 15808.218319 ft WITHHASH COUNT 10 ASC WITHDIST
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.039598 -9.11247 BYRADIUS 310.699749 m ANY COUNT 2 DESC
< *2\r\n$3\r\np28\r\n$3\r\np17\r\n
> GEOSEARCH dateline FROMMEMBER p7 BYRADIUS 37.974411 mi WITHDIST
< *4\r\n*2\r\n$3\r\np64\r\n$6\r\n0.0000\r\n*2\r\n$2\r\np7\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np47\r\n$7\r\n34.6960\r\n*2\r\n$3\r\np62\r\n$7\r\n34.6960\r\n
> GEOSEARCH town FROMMEMBER p13 BYRADIUS 0.923604 km WITHDIST COUNT 25
< *2\r\n*2\r\n$3\r\np13\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np38\r\n$6\r\n0.4298\r\n
> GEOSEARCHSTORE stored town FROMMEMBER p13 BYRADIUS 0.923604 km COUNT 25 STOREDIST
< :2\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *4\r\n$3\r\np13\r\n$1\r\n0\r\n$3\r\np38\r\n$19\r\n0.42979428645913037\r\n
> GEORADIUS dateline 177.7242861975338 5.2017208639463 296684.43848408636 ft COUNT 3 WITHHASH
< *3\r\n*2\r\n$2\r\np4\r\n:4129612427240851\r\n*2\r\n$3\r\np22\r\n:4129597532163302\r\n*2\r\n$3\r\np78\r\n:4129597532163302\r\n
> GEOSEARCH polar FROMMEMBER p32 BYRADIUS 419.289954 mi DESC WITHHASH
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.01883416105169 -9.126074 BYBOX 7628.289389751499 3703.646064 ft
< *6\r\n$2\r\np7\r\n$3\r\np26\r\n$3\r\np30\r\n$3\r\np10\r\n$2\r\np5\r\n$3\r\np31\r\n
> GEORADIUS dateline 180 6.331983625104052 118.445894 mi
< *33\r\n$3\r\np71\r\n$2\r\np6\r\n$3\r\np44\r\n$3\r\np58\r\n$3\r\np43\r\n$3\r\np75\r\n$3\r\np51\r\n$3\r\np59\r\n$3\r\np11\r\n$3\r\np27\r\n$3\r\np39\r\n$3\r\np29\r\n$3\r\np37\r\n$3\r\np77\r\n$3\r\np63\r\n$3\r\np30\r\n$3\r\np35\r\n$3\r\np36\r\n$3\r\np79\r\n$2\r\np9\r\n$3\r\np69\r\n$3\r\np42\r\n$3\r\np88\r\n$3\r\np86\r\n$3\r\np54\r\n$3\r\np82\r\n$3\r\np83\r\n$2\r\np3\r\n$3\r\np21\r\n$3\r\np18\r\n$3\r\np70\r\n$3\r\np12\r\n$3\r\np48\r\n
> GEOSEARCH world FROMMEMBER p0 BYBOX 115199974.846617 81116711.676688 ft ASC COUNT 6 WITHDIST ANY
< *0\r\n
> GEORADIUSBYMEMBER dense p144 0.084682 km ASC
< *1\r\n$4\r\np144\r\n
> GEOSEARCH town FROMMEMBER p3 BYRADIUS 58912.951976 m WITHCOORD ASC WITHDIST
< *40\r\n*3\r\n$2\r\np3\r\n$6\r\n0.0000\r\n*2\r\n$21\r\n120.04927307367324829\r\n$20\r\n-9.10708456654775489\r\n*3\r\n$3\r\np24\r\n$8\r\n519.1764\r\n*2\r\n$21\r\n120.05351096391677856\r\n$20\r\n-9.10501623408173799\r\n*3\r\n$3\r\np28\r\n$8\r\n963.8434\r\n*2\r\n$21\r\n120.04201501607894897\r\n$20\r\n-9.11195630061600781\r\n*3\r\n$3\r\np17\r\n$8\r\n997.0005\r\n*2\r\n$21\r\n120.04115134477615356\r\n$20\r\n-9.11108942597950744\r\n*3\r\n$3\r\np34\r\n$9\r\n1010.9341\r\n*2\r\n$20\r\n120.0474277138710022\r\n$19\r\n-9.1159890419805123\r\n*3\r\n$3\r\np29\r\n$9\r\n1066.8280\r\n*2\r\n$21\r\n120.05348950624465942\r\n$19\r\n-9.1157254309799427\r\n*3\r\n$3\r\np27\r\n$9\r\n1340.7633\r\n*2\r\n$21\r\n120.04390865564346313\r\n$19\r\n-9.1179128953404458\r\n*3\r\n$3\r\np18\r\n$9\r\n1374.8824\r\n*2\r\n$21\r\n120.04467576742172241\r\n$20\r\n-9.11858206172652075\r\n*3\r\n$3\r\np19\r\n$9\r\n1587.6432\r\n*2\r\n$21\r\n120.04234224557876587\r\n$20\r\n-9.11961115851720905\r\n*3\r\n$3\r\np23\r\n$9\r\n1896.0329\r\n*2\r\n$20\r\n120.0332978367805481\r\n$20\r\n-9.11354810550407279\r\n*3\r\n$3\r\np38\r\n$9\r\n2112.7661\r\n*2\r\n$21\r\n120.05281358957290649\r\n$20\r\n-9.12575532260744637\r\n*3\r\n$3\r\np32\r\n$9\r\n2385.4697\r\n*2\r\n$21\r\n120.02818018198013306\r\n$20\r\n-9.11220470328962051\r\n*3\r\n$3\r\np13\r\n$9\r\n2507.4247\r\n*2\r\n$21\r\n120.05180507898330688\r\n$20\r\n-9.12948896687515088\r\n*3\r\n$3\r\np15\r\n$9\r\n2895.5811\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n*3\r\n$3\r\np35\r\n$9\r\n3015.6753\r\n*2\r\n$21\r\n120.03906458616256714\r\n$20\r\n-9.13225434765998756\r\n*3\r\n$3\r\np33\r\n$9\r\n3017.1161\r\n*2\r\n$21\r\n120.02229005098342896\r\n$20\r\n-9.11218189079918517\r\n*3\r\n$3\r\np36\r\n$9\r\n3064.7207\r\n*2\r\n$21\r\n120.03758937120437622\r\n$20\r\n-9.13210733383274942\r\n*3\r\n$2\r\np2\r\n$9\r\n3103.8620\r\n*2\r\n$21\r\n120.03573864698410034\r\n$20\r\n-9.13158264655276497\r\n*3\r\n$3\r\np12\r\n$9\r\n3175.6595\r\n*2\r\n$21\r\n120.04005163908004761\r\n$20\r\n-9.13414524964485253\r\n*3\r\n$2\r\np1\r\n$9\r\n3206.5546\r\n*2\r\n$21\r\n120.03366798162460327\r\n$20\r\n-9.13145084105247662\r\n*3\r\n$3\r\np14\r\n$9\r\n3237.7042\r\n*2\r\n$21\r\n120.03441900014877319\r\n$20\r\n-9.13222900044839747\r\n*3\r\n$2\r\np6\r\n$9\r\n3523.2364\r\n*2\r\n$21\r\n120.01900166273117065\r\n$20\r\n-9.11757324270509883\r\n*3\r\n$3\r\np30\r\n$9\r\n3578.6321\r\n*2\r\n$21\r\n120.02727895975112915\r\n$20\r\n-9.13082476492612471\r\n*3\r\n$3\r\np31\r\n$9\r\n3591.7649\r\n*2\r\n$21\r\n120.02047687768936157\r\n$20\r\n-9.12239428235016447\r\n*3\r\n$3\r\np39\r\n$9\r\n3703.6774\r\n*2\r\n$21\r\n120.01601368188858032\r\n$20\r\n-9.11259251562699291\r\n*3\r\n$2\r\np9\r\n$9\r\n3793.9664\r\n*2\r\n$20\r\n120.0482216477394104\r\n$20\r\n-9.14117910086202556\r\n*3\r\n$3\r\np22\r\n$9\r\n3802.6794\r\n*2\r\n$21\r\n120.01680225133895874\r\n$19\r\n-9.1189572004580981\r\n*3\r\n$3\r\np11\r\n$9\r\n3885.6805\r\n*2\r\n$21\r\n120.01513391733169556\r\n$20\r\n-9.11626025714456745\r\n*3\r\n$3\r\np20\r\n$9\r\n3958.9013\r\n*2\r\n$21\r\n120.05058199167251587\r\n$20\r\n-9.14265430857675909\r\n*3\r\n$3\r\np10\r\n$9\r\n4072.9648\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*3\r\n$2\r\np5\r\n$9\r\n4072.9648\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*3\r\n$3\r\np25\r\n$9\r\n4121.7371\r\n*2\r\n$21\r\n120.04579693078994751\r\n$20\r\n-9.14398250246424737\r\n*3\r\n$3\r\np37\r\n$9\r\n4346.8242\r\n*2\r\n$21\r\n120.03007382154464722\r\n$20\r\n-9.14126021193911953\r\n*3\r\n$3\r\np26\r\n$9\r\n4425.9306\r\n*2\r\n$21\r\n120.01493006944656372\r\n$20\r\n-9.12790730087171909\r\n*3\r\n$2\r\np7\r\n$9\r\n4433.2596\r\n*2\r\n$21\r\n120.01650720834732056\r\n$20\r\n-9.13036598039628444\r\n*3\r\n$2\r\np4\r\n$9\r\n4498.1095\r\n*2\r\n$21\r\n120.01715093851089478\r\n$20\r\n-9.13217577130405544\r\n*3\r\n$3\r\np21\r\n$9\r\n4606.7106\r\n*2\r\n$21\r\n120.02467185258865356\r\n$20\r\n-9.14063160109160577\r\n*3\r\n$2\r\np8\r\n$9\r\n5056.2280\r\n*2\r\n$21\r\n120.02019792795181274\r\n$20\r\n-9.14233239898952377\r\n*3\r\n$2\r\np0\r\n$9\r\n5084.8098\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n*3\r\n$3\r\np16\r\n$9\r\n5084.8098\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n
> GEOSEARCH dense FROMMEMBER p147 BYRADIUS 0.062856 km COUNT 25 WITHHASH
< *1\r\n*2\r\n$4\r\np147\r\n:510885642903034\r\n
> GEORADIUSBYMEMBER dense p215 82999.439962 ft ANY COUNT 3 ASC
< *3\r\n$4\r\np173\r\n$4\r\np215\r\n$4\r\np176\r\n
> GEOSEARCH town FROMMEMBER p31 BYBOX 269.34825 570.600482 m WITHDIST
< *1\r\n*2\r\n$3\r\np31\r\n$6\r\n0.0000\r\n
> GEORADIUSBYMEMBER world p25 38129.23612 km COUNT 1 ANY
< *0\r\n
> GEOSEARCH town FROMMEMBER p24 BYRADIUS 76113.886645 m DESC COUNT 60 WITHCOORD ANY
< *40\r\n*2\r\n$2\r\np0\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n*2\r\n$3\r\np16\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n*2\r\n$2\r\np8\r\n*2\r\n$21\r\n120.02019792795181274\r\n$20\r\n-9.14233239898952377\r\n*2\r\n$3\r\np21\r\n*2\r\n$21\r\n120.02467185258865356\r\n$20\r\n-9.14063160109160577\r\n*2\r\n$2\r\np4\r\n*2\r\n$21\r\n120.01715093851089478\r\n$20\r\n-9.13217577130405544\r\n*2\r\n$2\r\np7\r\n*2\r\n$21\r\n120.01650720834732056\r\n$20\r\n-9.13036598039628444\r\n*2\r\n$3\r\np26\r\n*2\r\n$21\r\n120.01493006944656372\r\n$20\r\n-9.12790730087171909\r\n*2\r\n$3\r\np37\r\n*2\r\n$21\r\n120.03007382154464722\r\n$20\r\n-9.14126021193911953\r\n*2\r\n$3\r\np10\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*2\r\n$2\r\np5\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*2\r\n$3\r\np25\r\n*2\r\n$21\r\n120.04579693078994751\r\n$20\r\n-9.14398250246424737\r\n*2\r\n$3\r\np11\r\n*2\r\n$21\r\n120.01513391733169556\r\n$20\r\n-9.11626025714456745\r\n*2\r\n$3\r\np22\r\n*2\r\n$21\r\n120.01680225133895874\r\n$19\r\n-9.1189572004580981\r\n*2\r\n$3\r\np39\r\n*2\r\n$21\r\n120.01601368188858032\r\n$20\r\n-9.11259251562699291\r\n*2\r\n$3\r\np20\r\n*2\r\n$21\r\n120.05058199167251587\r\n$20\r\n-9.14265430857675909\r\n*2\r\n$3\r\np31\r\n*2\r\n$21\r\n120.02047687768936157\r\n$20\r\n-9.12239428235016447\r\n*2\r\n$3\r\np30\r\n*2\r\n$21\r\n120.02727895975112915\r\n$20\r\n-9.13082476492612471\r\n*2\r\n$2\r\np9\r\n*2\r\n$20\r\n120.0482216477394104\r\n$20\r\n-9.14117910086202556\r\n*2\r\n$2\r\np6\r\n*2\r\n$21\r\n120.01900166273117065\r\n$20\r\n-9.11757324270509883\r\n*2\r\n$3\r\np14\r\n*2\r\n$21\r\n120.03441900014877319\r\n$20\r\n-9.13222900044839747\r\n*2\r\n$2\r\np1\r\n*2\r\n$21\r\n120.03366798162460327\r\n$20\r\n-9.13145084105247662\r\n*2\r\n$3\r\np12\r\n*2\r\n$21\r\n120.04005163908004761\r\n$20\r\n-9.13414524964485253\r\n*2\r\n$2\r\np2\r\n*2\r\n$21\r\n120.03573864698410034\r\n$20\r\n-9.13158264655276497\r\n*2\r\n$3\r\np33\r\n*2\r\n$21\r\n120.02229005098342896\r\n$20\r\n-9.11218189079918517\r\n*2\r\n$3\r\np36\r\n*2\r\n$21\r\n120.03758937120437622\r\n$20\r\n-9.13210733383274942\r\n*2\r\n$3\r\np35\r\n*2\r\n$21\r\n120.03906458616256714\r\n$20\r\n-9.13225434765998756\r\n*2\r\n$3\r\np15\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n*2\r\n$3\r\np32\r\n*2\r\n$21\r\n120.02818018198013306\r\n$20\r\n-9.11220470328962051\r\n*2\r\n$3\r\np13\r\n*2\r\n$21\r\n120.05180507898330688\r\n$20\r\n-9.12948896687515088\r\n*2\r\n$3\r\np23\r\n*2\r\n$20\r\n120.0332978367805481\r\n$20\r\n-9.11354810550407279\r\n*2\r\n$3\r\np38\r\n*2\r\n$21\r\n120.05281358957290649\r\n$20\r\n-9.12575532260744637\r\n*2\r\n$3\r\np19\r\n*2\r\n$21\r\n120.04234224557876587\r\n$20\r\n-9.11961115851720905\r\n*2\r\n$3\r\np18\r\n*2\r\n$21\r\n120.04467576742172241\r\n$20\r\n-9.11858206172652075\r\n*2\r\n$3\r\np27\r\n*2\r\n$21\r\n120.04390865564346313\r\n$19\r\n-9.1179128953404458\r\n*2\r\n$3\r\np17\r\n*2\r\n$21\r\n120.04115134477615356\r\n$20\r\n-9.11108942597950744\r\n*2\r\n$3\r\np28\r\n*2\r\n$21\r\n120.04201501607894897\r\n$20\r\n-9.11195630061600781\r\n*2\r\n$3\r\np34\r\n*2\r\n$20\r\n120.0474277138710022\r\n$19\r\n-9.1159890419805123\r\n*2\r\n$3\r\np29\r\n*2\r\n$21\r\n120.05348950624465942\r\n$19\r\n-9.1157254309799427\r\n*2\r\n$2\r\np3\r\n*2\r\n$21\r\n120.04927307367324829\r\n$20\r\n-9.10708456654775489\r\n*2\r\n$3\r\np24\r\n*2\r\n$21\r\n120.05351096391677856\r\n$20\r\n-9.10501623408173799\r\n
> GEOSEARCH dense FROMMEMBER p44 BYBOX 7.332898 7.626039 km DESC
< *2\r\n$4\r\np118\r\n$3\r\np44\r\n
> GEORADIUS polar 103.914861 79.20197389434709 806.9113099183993 mi
< *0\r\n
> GEOSEARCH world FROMLONLAT -129.434681 -85.051129 BYRADIUS 1331828.407638 m COUNT 1 ASC WITHDIST WITHHASH
< -ERR invalid longitude,latitude pair -129.434681,-85.051129\r\n
> GEOSEARCH world FROMLONLAT -74.78989137629497 74.492095 BYRADIUS 11101.192532 km COUNT 25
< *0\r\n
> GEOSEARCH dense FROMMEMBER p55 BYRADIUS 162294.853336 ft WITHDIST
< *47\r\n*2\r\n$3\r\np36\r\n$11\r\n111650.0351\r\n*2\r\n$3\r\np81\r\n$11\r\n150878.0018\r\n*2\r\n$4\r\np103\r\n$10\r\n76055.7290\r\n*2\r\n$4\r\np180\r\n$10\r\n94565.8548\r\n*2\r\n$3\r\np31\r\n$10\r\n18401.6489\r\n*2\r\n$3\r\np55\r\n$6\r\n0.0000\r\n*2\r\n$4\r\np122\r\n$10\r\n52589.2981\r\n*2\r\n$2\r\np8\r\n$10\r\n52589.2981\r\n*2\r\n$4\r\np117\r\n$10\r\n28753.7347\r\n*2\r\n$3\r\np73\r\n$10\r\n52590.0270\r\n*2\r\n$4\r\np109\r\n$10\r\n52549.5475\r\n*2\r\n$4\r\np181\r\n$10\r\n77723.3468\r\n*2\r\n$4\r\np130\r\n$10\r\n57920.3745\r\n*2\r\n$4\r\np185\r\n$10\r\n81557.9180\r\n*2\r\n$3\r\np70\r\n$10\r\n91901.2315\r\n*2\r\n$4\r\np149\r\n$10\r\n79722.3822\r\n*2\r\n$4\r\np157\r\n$11\r\n115728.6833\r\n*2\r\n$4\r\np155\r\n$11\r\n118536.6422\r\n*2\r\n$4\r\np196\r\n$11\r\n122024.6706\r\n*2\r\n$3\r\np90\r\n$11\r\n122024.6706\r\n*2\r\n$3\r\np65\r\n$11\r\n120297.5287\r\n*2\r\n$3\r\np25\r\n$11\r\n142110.7633\r\n*2\r\n$4\r\np141\r\n$11\r\n158315.6408\r\n*2\r\n$4\r\np158\r\n$11\r\n126211.1620\r\n*2\r\n$4\r\np189\r\n$11\r\n138515.3114\r\n*2\r\n$4\r\np112\r\n$11\r\n143880.3716\r\n*2\r\n$3\r\np74\r\n$11\r\n143880.3716\r\n*2\r\n$4\r\np159\r\n$10\r\n84215.3041\r\n*2\r\n$4\r\np200\r\n$10\r\n70264.6746\r\n*2\r\n$3\r\np27\r\n$11\r\n118988.1559\r\n*2\r\n$3\r\np21\r\n$10\r\n92871.6982\r\n*2\r\n$4\r\np127\r\n$11\r\n119093.4251\r\n*2\r\n$4\r\np175\r\n$10\r\n94311.5509\r\n*2\r\n$4\r\np186\r\n$10\r\n67948.2935\r\n*2\r\n$4\r\np218\r\n$10\r\n45942.9368\r\n*2\r\n$4\r\np182\r\n$10\r\n20504.4904\r\n*2\r\n$3\r\np99\r\n$10\r\n20504.4904\r\n*2\r\n$3\r\np34\r\n$11\r\n150391.9593\r\n*2\r\n$4\r\np152\r\n$10\r\n80209.1851\r\n*2\r\n$4\r\np187\r\n$10\r\n82180.2355\r\n*2\r\n$3\r\np15\r\n$11\r\n126775.6740\r\n*2\r\n$3\r\np30\r\n$11\r\n126775.6740\r\n*2\r\n$3\r\np82\r\n$11\r\n127465.4134\r\n*2\r\n$3\r\np28\r\n$11\r\n151539.9585\r\n*2\r\n$3\r\np84\r\n$11\r\n118794.0196\r\n*2\r\n$4\r\np171\r\n$11\r\n123898.4393\r\n*2\r\n$3\r\np23\r\n$11\r\n123898.4393\r\n
> GEORADIUSBYMEMBER dense p159 49890.071777 m COUNT 10 ASC
< *10\r\n$4\r\np159\r\n$4\r\np103\r\n$4\r\np158\r\n$4\r\np200\r\n$3\r\np36\r\n$4\r\np218\r\n$4\r\np186\r\n$3\r\np31\r\n$3\r\np55\r\n$4\r\np180\r\n
> GEODIST dense p79 p36 ft
< $11\r\n583848.7048\r\n
> GEOPOS dense p79 p36
< *2\r\n*2\r\n$22\r\n-130.16039103269577026\r\n$20\r\n-8.99616263389392401\r\n*2\r\n$21\r\n-129.2325398325920105\r\n$21\r\n-10.30886684038281231\r\n
> GEOHASH dense p79 p36
< *2\r\n$11\r\n3n7ky4k1e10\r\n$11\r\n3nhj75rdrx0\r\n
> GEOSEARCH world FROMMEMBER p68 BYRADIUS 93415061.1632845 ft WITHHASH WITHDIST ASC
< *0\r\n
> GEOSEARCH dateline FROMLONLAT 180 -85.051129 BYBOX 32.335439 25.747109 km
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOSEARCH town FROMLONLAT 120.052705 -9.124539828083403 BYBOX 1437.2921 672.95654 ft WITHCOORD
< *0\r\n
> GEOSEARCHSTORE stored town FROMLONLAT 120.052705 -9.124539828083403 BYBOX 1437.2921 672.95654 ft
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEORADIUS dense -180 85.05112878 37.746538 km COUNT 10 ASC
< *0\r\n
> GEOSEARCH town FROMMEMBER p35 BYBOX 7.897968 3.003348 km WITHHASH DESC WITHDIST
< *25\r\n*3\r\n$3\r\np10\r\n$6\r\n2.9104\r\n:3221994960400857\r\n*3\r\n$2\r\np5\r\n$6\r\n2.9104\r\n:3221994960400857\r\n*3\r\n$3\r\np22\r\n$6\r\n2.8574\r\n:3221994963653206\r\n*3\r\n$3\r\np26\r\n$6\r\n2.6941\r\n:3221994947545637\r\n*3\r\n$2\r\np7\r\n$6\r\n2.4861\r\n:3221994946635721\r\n*3\r\n$2\r\np4\r\n$6\r\n2.4065\r\n:3221994943723101\r\n*3\r\n$2\r\np8\r\n$6\r\n2.3556\r\n:3221992076759240\r\n*3\r\n$3\r\np31\r\n$6\r\n2.3172\r\n:3221994962242220\r\n*3\r\n$2\r\np0\r\n$6\r\n2.3068\r\n:3221992076625014\r\n*3\r\n$3\r\np16\r\n$6\r\n2.3068\r\n:3221992076625014\r\n*3\r\n$3\r\np21\r\n$6\r\n1.8347\r\n:3221992080356533\r\n*3\r\n$3\r\np20\r\n$6\r\n1.7140\r\n:3221992117115081\r\n*3\r\n$3\r\np38\r\n$6\r\n1.6740\r\n:3221995001655704\r\n*3\r\n$3\r\np25\r\n$6\r\n1.4994\r\n:3221992110591481\r\n*3\r\n$3\r\np19\r\n$6\r\n1.4516\r\n:3221994998946008\r\n*3\r\n$3\r\np13\r\n$6\r\n1.4325\r\n:3221994989306285\r\n*3\r\n$2\r\np9\r\n$6\r\n1.4130\r\n:3221992119495261\r\n*3\r\n$3\r\np37\r\n$6\r\n1.4065\r\n:3221992086576863\r\n*3\r\n$3\r\np30\r\n$6\r\n1.3040\r\n:3221994954967576\r\n*3\r\n$2\r\np1\r\n$6\r\n0.5993\r\n:3221994954285779\r\n*3\r\n$3\r\np14\r\n$6\r\n0.5102\r\n:3221994954570086\r\n*3\r\n$2\r\np2\r\n$6\r\n0.3728\r\n:3221994954765259\r\n*3\r\n$3\r\np12\r\n$6\r\n0.2366\r\n:3221994976657086\r\n*3\r\n$3\r\np36\r\n$6\r\n0.1628\r\n:3221994977151588\r\n*3\r\n$3\r\np35\r\n$6\r\n0.0000\r\n:3221994977276202\r\n
> GEODIST town p15 p14 ft
< $9\r\n7076.7084\r\n
> GEOPOS town p15 p14
< *2\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n*2\r\n$21\r\n120.03441900014877319\r\n$20\r\n-9.13222900044839747\r\n
> GEOHASH town p15 p14
< *2\r\n$11\r\nqwmk5hx1fj0\r\n$11\r\nqwmk53w2ut0\r\n
> GEORADIUS dateline 180 8.929615 180605.565534 ft DESC
< *5\r\n$3\r\np81\r\n$3\r\np80\r\n$3\r\np56\r\n$3\r\np72\r\n$3\r\np73\r\n
> GEOSEARCH dateline FROMLONLAT 180 8.026532 BYRADIUS 392.026941 m DESC COUNT 3 WITHDIST
< *0\r\n
> GEODIST dateline p87 p20 mi
< $7\r\n45.3243\r\n
> GEOPOS dateline p87 p20
< *2\r\n*2\r\n$21\r\n179.33528691530227661\r\n$19\r\n9.43053019480635868\r\n*2\r\n$3\r\n180\r\n$19\r\n9.44079835022284186\r\n
> GEOHASH dateline p87 p20
< *2\r\n$11\r\nxcxt8ugbz40\r\n$11\r\n818j8n8h8h0\r\n
> GEOSEARCH world FROMLONLAT 38.715094 -85.05112878 BYBOX 5151169.233057837 4319056.757381707 m COUNT 25
< *0\r\n
> GEOSEARCHSTORE stored world FROMLONLAT 38.715094 -85.05112878 BYBOX 5151169.233057837 4319056.757381707 m COUNT 25 STOREDIST
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEOSEARCH polar FROMLONLAT 24.699737 -85.051129 BYRADIUS 68653.288713 m
< -ERR invalid longitude,latitude pair 24.699737,-85.051129\r\n
> GEOSEARCH dense FROMLONLAT -129.596083 -9.075606 BYRADIUS 71.68199097037669 km COUNT 3 WITHDIST ASC
< *3\r\n*2\r\n$3\r\np87\r\n$6\r\n2.2980\r\n*2\r\n$4\r\np136\r\n$6\r\n6.6753\r\n*2\r\n$4\r\np190\r\n$6\r\n7.8020\r\n
> GEODIST dense p151 p98 km
< $7\r\n20.4986\r\n
> GEOPOS dense p151 p98
< *2\r\n*2\r\n$22\r\n-130.52569717168807983\r\n$20\r\n-9.07415853868794642\r\n*2\r\n$22\r\n-130.67436665296554565\r\n$20\r\n-8.96277782150426816\r\n
> GEOHASH dense p151 p98
< *2\r\n$11\r\n3n7hmu454y0\r\n$11\r\n3n7j42mu490\r\n
> GEOSEARCH dateline FROMMEMBER p53 BYRADIUS 554699.794413 m WITHDIST
< *45\r\n*2\r\n$2\r\np8\r\n$11\r\n434798.4296\r\n*2\r\n$3\r\np67\r\n$11\r\n439348.6052\r\n*2\r\n$3\r\np76\r\n$11\r\n385803.9414\r\n*2\r\n$3\r\np22\r\n$11\r\n337165.8670\r\n*2\r\n$3\r\np78\r\n$11\r\n337165.8670\r\n*2\r\n$2\r\np4\r\n$11\r\n307857.0864\r\n*2\r\n$3\r\np74\r\n$11\r\n382366.0244\r\n*2\r\n$3\r\np26\r\n$11\r\n384869.3834\r\n*2\r\n$3\r\np12\r\n$11\r\n295344.0481\r\n*2\r\n$3\r\np48\r\n$11\r\n298161.1370\r\n*2\r\n$3\r\np55\r\n$11\r\n278377.5772\r\n*2\r\n$3\r\np85\r\n$11\r\n239589.3273\r\n*2\r\n$3\r\np60\r\n$11\r\n209508.0580\r\n*2\r\n$3\r\np52\r\n$11\r\n225246.7941\r\n*2\r\n$3\r\np54\r\n$11\r\n152012.2215\r\n*2\r\n$3\r\np68\r\n$11\r\n127575.9151\r\n*2\r\n$3\r\np65\r\n$11\r\n148637.9867\r\n*2\r\n$3\r\np41\r\n$11\r\n128436.0098\r\n*2\r\n$2\r\np1\r\n$10\r\n62802.7040\r\n*2\r\n$2\r\np2\r\n$10\r\n62802.7040\r\n*2\r\n$3\r\np57\r\n$10\r\n62802.7040\r\n*2\r\n$3\r\np31\r\n$10\r\n45246.4523\r\n*2\r\n$3\r\np82\r\n$10\r\n90245.4002\r\n*2\r\n$3\r\np83\r\n$11\r\n108226.1135\r\n*2\r\n$2\r\np3\r\n$10\r\n69896.9449\r\n*2\r\n$3\r\np21\r\n$11\r\n140569.7019\r\n*2\r\n$3\r\np18\r\n$11\r\n116729.0365\r\n*2\r\n$3\r\np70\r\n$10\r\n49860.5584\r\n*2\r\n$3\r\np24\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np53\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np45\r\n$11\r\n169933.9804\r\n*2\r\n$3\r\np28\r\n$11\r\n224474.2612\r\n*2\r\n$3\r\np47\r\n$11\r\n189769.4612\r\n*2\r\n$3\r\np62\r\n$11\r\n189769.4612\r\n*2\r\n$3\r\np23\r\n$10\r\n48399.1806\r\n*2\r\n$3\r\np34\r\n$10\r\n48399.1806\r\n*2\r\n$3\r\np17\r\n$11\r\n130600.2794\r\n*2\r\n$3\r\np25\r\n$11\r\n130600.2794\r\n*2\r\n$3\r\np14\r\n$11\r\n147698.4138\r\n*2\r\n$3\r\np81\r\n$11\r\n200109.3124\r\n*2\r\n$3\r\np64\r\n$11\r\n204456.0567\r\n*2\r\n$2\r\np7\r\n$11\r\n204456.0567\r\n*2\r\n$3\r\np61\r\n$11\r\n195677.7530\r\n*2\r\n$3\r\np87\r\n$11\r\n196473.3129\r\n*2\r\n$3\r\np89\r\n$11\r\n217659.1825\r\n
> GEORADIUSBYMEMBER dateline p19 192.613714 m WITHHASH
< *2\r\n*2\r\n$3\r\np19\r\n:10134477917458752\r\n*2\r\n$3\r\np46\r\n:10134477917458752\r\n
> GEOSEARCH polar FROMMEMBER p2 BYRADIUS 0.00681 mi COUNT 2 DESC
< *0\r\n
> GEOSEARCH polar FROMMEMBER p26 BYBOX 241.96824028248992 527.165172 km COUNT 60 ASC
< *0\r\n
> GEOSEARCH world FROMMEMBER p57 BYBOX 315.885784 922.9951878066806 ft WITHHASH
< *0\r\n
> GEOSEARCH polar FROMMEMBER p24 BYBOX 0.2767403209264866 0.065656 mi ASC
< *0\r\n
> GEOSEARCH dense FROMMEMBER p179 BYRADIUS 83.62979755881972 km DESC
< *132\r\n$3\r\np69\r\n$4\r\np141\r\n$4\r\np202\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np183\r\n$4\r\np211\r\n$4\r\np123\r\n$4\r\np101\r\n$4\r\np185\r\n$4\r\np175\r\n$4\r\np181\r\n$4\r\np134\r\n$4\r\np166\r\n$3\r\np48\r\n$2\r\np0\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np214\r\n$4\r\np174\r\n$4\r\np167\r\n$3\r\np33\r\n$4\r\np206\r\n$4\r\np106\r\n$4\r\np152\r\n$4\r\np121\r\n$4\r\np187\r\n$4\r\np111\r\n$4\r\np128\r\n$3\r\np91\r\n$4\r\np164\r\n$3\r\np16\r\n$3\r\np43\r\n$3\r\np97\r\n$3\r\np10\r\n$4\r\np114\r\n$4\r\np155\r\n$3\r\np13\r\n$4\r\np157\r\n$4\r\np153\r\n$3\r\np32\r\n$3\r\np53\r\n$3\r\np26\r\n$3\r\np47\r\n$4\r\np204\r\n$3\r\np34\r\n$2\r\np1\r\n$4\r\np143\r\n$4\r\np205\r\n$4\r\np184\r\n$4\r\np171\r\n$3\r\np23\r\n$4\r\np197\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np102\r\n$3\r\np15\r\n$3\r\np30\r\n$3\r\np29\r\n$3\r\np84\r\n$4\r\np144\r\n$4\r\np135\r\n$4\r\np188\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np199\r\n$2\r\np7\r\n$4\r\np207\r\n$3\r\np82\r\n$3\r\np88\r\n$4\r\np142\r\n$3\r\np56\r\n$4\r\np169\r\n$3\r\np22\r\n$4\r\np172\r\n$3\r\np37\r\n$3\r\np59\r\n$4\r\np124\r\n$4\r\np191\r\n$4\r\np120\r\n$4\r\np113\r\n$3\r\np79\r\n$4\r\np156\r\n$3\r\np28\r\n$3\r\np41\r\n$4\r\np170\r\n$4\r\np193\r\n$4\r\np148\r\n$4\r\np201\r\n$3\r\np42\r\n$3\r\np96\r\n$3\r\np64\r\n$3\r\np58\r\n$3\r\np24\r\n$4\r\np212\r\n$3\r\np57\r\n$4\r\np194\r\n$3\r\np52\r\n$3\r\np38\r\n$3\r\np46\r\n$3\r\np89\r\n$4\r\np150\r\n$4\r\np203\r\n$3\r\np76\r\n$3\r\np68\r\n$3\r\np12\r\n$2\r\np9\r\n$3\r\np40\r\n$4\r\np160\r\n$4\r\np108\r\n$3\r\np85\r\n$4\r\np125\r\n$4\r\np190\r\n$3\r\np94\r\n$4\r\np217\r\n$4\r\np168\r\n$3\r\np87\r\n$4\r\np145\r\n$4\r\np195\r\n$3\r\np51\r\n$4\r\np136\r\n$4\r\np126\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np165\r\n$4\r\np100\r\n$4\r\np161\r\n$3\r\np83\r\n$4\r\np178\r\n$4\r\np179\r\n
> GEOSEARCH dense FROMLONLAT -130.537659 -8.88786 BYBOX 62044.369664 86425.699286 ft DESC
< *2\r\n$3\r\np78\r\n$3\r\np72\r\n
> GEOSEARCH polar FROMLONLAT 103.582033 85.051129 BYBOX 836121.476042 1154282.321058 m WITHDIST
< -ERR invalid longitude,latitude pair 103.582033,85.051129\r\n
> GEOSEARCH polar FROMMEMBER p69 BYRADIUS 53014.35488 ft COUNT 4
< *0\r\n
> GEOSEARCH dateline FROMLONLAT 179.109572 9.187437 BYBOX 0.036639 0.058155 mi COUNT 25 ANY WITHDIST ASC
< *0\r\n
> GEOSEARCH world FROMLONLAT 180 85.051129 BYBOX 26.636313 65.851568 ft DESC
< -ERR invalid longitude,latitude pair 180.000000,85.051129\r\n
> GEORADIUS dense -130.150503 -9.28955 3.8127201433521645 km COUNT 6 DESC
< *1\r\n$3\r\np76\r\n
> GEOSEARCH town FROMLONLAT 120.05167 -9.112449 BYRADIUS 971.975512 ft ASC
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p40 BYRADIUS 332365.257456 ft WITHDIST WITHCOORD DESC
< *13\r\n*3\r\n$3\r\np74\r\n$11\r\n328075.2838\r\n*2\r\n$21\r\n179.21090215444564819\r\n$18\r\n4.3574911068033586\r\n*3\r\n$3\r\np79\r\n$11\r\n285849.4844\r\n*2\r\n$3\r\n180\r\n$19\r\n4.70624846055911661\r\n*3\r\n$3\r\np26\r\n$11\r\n211801.8606\r\n*2\r\n$21\r\n179.86073166131973267\r\n$19\r\n4.48646785827515515\r\n*3\r\n$3\r\np10\r\n$11\r\n154647.6789\r\n*2\r\n$3\r\n180\r\n$19\r\n4.34670840299153127\r\n*3\r\n$3\r\np33\r\n$11\r\n124664.1917\r\n*2\r\n$3\r\n180\r\n$19\r\n4.26454288189039943\r\n*3\r\n$3\r\np50\r\n$11\r\n115668.0356\r\n*2\r\n$3\r\n180\r\n$19\r\n4.23989018389466565\r\n*3\r\n$3\r\np19\r\n$10\r\n93709.4970\r\n*2\r\n$3\r\n180\r\n$19\r\n4.17971590357196021\r\n*3\r\n$3\r\np46\r\n$10\r\n93709.4970\r\n*2\r\n$3\r\n180\r\n$19\r\n4.17971590357196021\r\n*3\r\n$3\r\np13\r\n$10\r\n73382.5870\r\n*2\r\n$3\r\n180\r\n$19\r\n4.12401287137432604\r\n*3\r\n$2\r\np5\r\n$10\r\n66508.2880\r\n*2\r\n$3\r\n180\r\n$17\r\n3.740661643235903\r\n*3\r\n$3\r\np16\r\n$10\r\n49450.1849\r\n*2\r\n$3\r\n180\r\n$19\r\n3.78740697085643063\r\n*3\r\n$2\r\np0\r\n$10\r\n27889.3789\r\n*2\r\n$3\r\n180\r\n$19\r\n3.99934514587339862\r\n*3\r\n$3\r\np40\r\n$6\r\n0.0000\r\n*2\r\n$3\r\n180\r\n$19\r\n3.92291823347701296\r\n
> GEOSEARCH polar FROMLONLAT -66.110459 85.05112878 BYBOX 599937.5909780414 202778.574632 ft WITHDIST
< *0\r\n
> GEOSEARCH dateline FROMLONLAT 180 -85.051129 BYBOX 1301386.446297 1546666.3171120705 m ASC
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOSEARCHSTORE stored dateline FROMLONLAT 180 -85.051129 BYBOX 1301386.446297 1546666.3171120705 m ASC
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEODIST dateline p87 p73 km
< $7\r\n87.0426\r\n
> GEOPOS dateline p87 p73
< *2\r\n*2\r\n$21\r\n179.33528691530227661\r\n$19\r\n9.43053019480635868\r\n*2\r\n$3\r\n180\r\n$19\r\n9.00401520004555067\r\n
> GEOHASH dateline p87 p73
< *2\r\n$11\r\nxcxt8ugbz40\r\n$11\r\n81850p0h0n0\r\n
> GEOSEARCH polar FROMLONLAT 107.535593 79.980962 BYRADIUS 76.107393 mi ASC
< *0\r\n
> GEOSEARCH world FROMMEMBER p77 BYBOX 11542875.118885 22828454.38143 m WITHDIST ASC
< *0\r\n
> GEORADIUS dense -130.49008 -9.688757 17276.336347631805 m ASC
< *8\r\n$4\r\np132\r\n$4\r\np140\r\n$4\r\np104\r\n$4\r\np219\r\n$4\r\np166\r\n$3\r\np67\r\n$2\r\np0\r\n$3\r\np93\r\n
> GEORADIUS dateline 178.288155 6.795598 81058.342868 m WITHDIST
< *7\r\n*2\r\n$3\r\np68\r\n$10\r\n12433.5214\r\n*2\r\n$2\r\np1\r\n$10\r\n65456.7792\r\n*2\r\n$2\r\np2\r\n$10\r\n65456.7792\r\n*2\r\n$3\r\np57\r\n$10\r\n65456.7792\r\n*2\r\n$3\r\np31\r\n$10\r\n77293.6042\r\n*2\r\n$3\r\np82\r\n$10\r\n57541.0736\r\n*2\r\n$2\r\np3\r\n$10\r\n57319.0906\r\n
> GEOSEARCH dateline FROMMEMBER p42 BYRADIUS 11375.115424 m COUNT 4 ASC
< *2\r\n$3\r\np42\r\n$3\r\np88\r\n
> GEOSEARCH world FROMLONLAT -180 85.051129 BYBOX 5991.167138 4317.644691 km
< -ERR invalid longitude,latitude pair -180.000000,85.051129\r\n
> GEODIST world p56 p90 km
< $-1\r\n
> GEOPOS world p56 p90
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH world p56 p90
< *2\r\n$-1\r\n$-1\r\n
> GEOSEARCH town FROMMEMBER p12 BYRADIUS 0.034762 mi
< *1\r\n$3\r\np12\r\n
> GEORADIUSBYMEMBER dateline p46 81373.990038 m DESC COUNT 1
< *1\r\n$3\r\np79\r\n
> GEODIST dateline p38 p12 ft
< $12\r\n1660235.1618\r\n
> GEOPOS dateline p38 p12
< *2\r\n*2\r\n$3\r\n180\r\n$19\r\n9.56941010184770136\r\n*2\r\n$21\r\n179.02675241231918335\r\n$19\r\n5.12328866762631918\r\n
> GEOHASH dateline p38 p12
< *2\r\n$11\r\n818n2n01b50\r\n$11\r\nxbzm1uem3d0\r\n
> GEORADIUS dense -130.361735 -10.041078 65700.439086 ft WITHDIST ANY COUNT 25
< *11\r\n*2\r\n$3\r\np20\r\n$10\r\n36324.8566\r\n*2\r\n$3\r\np60\r\n$10\r\n36324.8566\r\n*2\r\n$3\r\np62\r\n$10\r\n36324.8566\r\n*2\r\n$4\r\np139\r\n$10\r\n36997.2747\r\n*2\r\n$3\r\np63\r\n$10\r\n63577.0482\r\n*2\r\n$2\r\np5\r\n$10\r\n39491.5458\r\n*2\r\n$3\r\np50\r\n$10\r\n29048.9520\r\n*2\r\n$3\r\np54\r\n$10\r\n53932.5000\r\n*2\r\n$2\r\np6\r\n$10\r\n53932.5000\r\n*2\r\n$3\r\np86\r\n$10\r\n39640.3462\r\n*2\r\n$4\r\np138\r\n$10\r\n48278.5441\r\n
> GEORADIUS world 53.806033 41.158377 3465.037967 km COUNT 1 ASC
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p67 BYRADIUS 75.50589 m COUNT 6 WITHDIST ASC WITHCOORD
< *1\r\n*3\r\n$3\r\np67\r\n$6\r\n0.0000\r\n*2\r\n$21\r\n177.56031900644302368\r\n$19\r\n3.99311987070606023\r\n
> GEOSEARCH world FROMLONLAT 180 85.051129 BYRADIUS 23795187.184596 m
< -ERR invalid longitude,latitude pair 180.000000,85.051129\r\n
> GEOSEARCH town FROMLONLAT 120.053976 -9.123103 BYBOX 2662.105091 2703.009286 mi WITHHASH WITHDIST COUNT 1 DESC WITHCOORD
< *1\r\n*4\r\n$3\r\np11\r\n$6\r\n2.6924\r\n:3221994964547484\r\n*2\r\n$21\r\n120.01513391733169556\r\n$20\r\n-9.11626025714456745\r\n
> GEOSEARCH polar FROMMEMBER p65 BYRADIUS 357.486062 km WITHHASH
< *0\r\n
> GEORADIUS dateline 178.302446 5.028019 74.625432 mi DESC WITHCOORD WITHDIST COUNT 10
< *5\r\n*3\r\n$3\r\np85\r\n$7\r\n69.0724\r\n*2\r\n$21\r\n177.73851960897445679\r\n$19\r\n5.85486749279820629\r\n*3\r\n$3\r\np12\r\n$7\r\n50.2955\r\n*2\r\n$21\r\n179.02675241231918335\r\n$19\r\n5.12328866762631918\r\n*3\r\n$2\r\np4\r\n$7\r\n28.1768\r\n*2\r\n$21\r\n177.90475219488143921\r\n$19\r\n5.12440901437874885\r\n*3\r\n$3\r\np22\r\n$7\r\n20.0486\r\n*2\r\n$21\r\n178.12982171773910522\r\n$19\r\n4.79442127080788794\r\n*3\r\n$3\r\np78\r\n$7\r\n20.0486\r\n*2\r\n$21\r\n178.12982171773910522\r\n$19\r\n4.79442127080788794\r\n
> GEOSEARCH dateline FROMLONLAT 178.536828 8.308242 BYRADIUS 530.991156 km WITHHASH WITHCOORD DESC WITHDIST
< *45\r\n*4\r\n$2\r\np8\r\n$8\r\n496.1859\r\n:4129445820169515\r\n*2\r\n$21\r\n178.80235880613327026\r\n$19\r\n3.85501051889716706\r\n*4\r\n$3\r\np67\r\n$8\r\n491.9478\r\n:4129499401386696\r\n*2\r\n$21\r\n177.56031900644302368\r\n$19\r\n3.99311987070606023\r\n*4\r\n$3\r\np26\r\n$8\r\n449.5559\r\n:4129694849729336\r\n*2\r\n$21\r\n179.86073166131973267\r\n$19\r\n4.48646785827515515\r\n*4\r\n$3\r\np74\r\n$8\r\n445.6983\r\n:4129656777685282\r\n*2\r\n$21\r\n179.21090215444564819\r\n$18\r\n4.3574911068033586\r\n*4\r\n$3\r\np76\r\n$8\r\n433.6355\r\n:4129514153394711\r\n*2\r\n$21\r\n177.28097766637802124\r\n$19\r\n4.61459040871626058\r\n*4\r\n$3\r\np22\r\n$8\r\n393.4076\r\n:4129597532163302\r\n*2\r\n$21\r\n178.12982171773910522\r\n$19\r\n4.79442127080788794\r\n*4\r\n$3\r\np78\r\n$8\r\n393.4076\r\n:4129597532163302\r\n*2\r\n$21\r\n178.12982171773910522\r\n$19\r\n4.79442127080788794\r\n*4\r\n$3\r\np48\r\n$8\r\n362.8543\r\n:4129763296746008\r\n*2\r\n$21\r\n179.76269155740737915\r\n$19\r\n5.28147808045950029\r\n*4\r\n$2\r\np4\r\n$8\r\n360.9416\r\n:4129612427240851\r\n*2\r\n$21\r\n177.90475219488143921\r\n$19\r\n5.12440901437874885\r\n*4\r\n$3\r\np12\r\n$8\r\n358.3595\r\n:4129724261414375\r\n*2\r\n$21\r\n179.02675241231918335\r\n$19\r\n5.12328866762631918\r\n*4\r\n$3\r\np55\r\n$8\r\n316.1455\r\n:4132166526945039\r\n*2\r\n$21\r\n177.16357201337814331\r\n$19\r\n5.81384810027662269\r\n*4\r\n$3\r\np85\r\n$8\r\n286.7516\r\n:4132546788351718\r\n*2\r\n$21\r\n177.73851960897445679\r\n$19\r\n5.85486749279820629\r\n*4\r\n$3\r\np52\r\n$8\r\n258.4749\r\n:4132600968671664\r\n*2\r\n$21\r\n177.29502707719802856\r\n$19\r\n6.33758485982503572\r\n*4\r\n$3\r\np60\r\n$8\r\n255.1840\r\n:4132595505321095\r\n*2\r\n$21\r\n177.78355926275253296\r\n$19\r\n6.13906296390444339\r\n*4\r\n$3\r\np54\r\n$8\r\n216.3391\r\n:4132777341880428\r\n*2\r\n$21\r\n179.39183861017227173\r\n$19\r\n6.55769497585971095\r\n*4\r\n$3\r\np21\r\n$8\r\n203.4763\r\n:4132964464635427\r\n*2\r\n$21\r\n179.50967878103256226\r\n$19\r\n6.75371763671719094\r\n*4\r\n$3\r\np18\r\n$8\r\n178.7134\r\n:4132967536158833\r\n*2\r\n$21\r\n179.44298297166824341\r\n$19\r\n6.97591129354483996\r\n*4\r\n$3\r\np68\r\n$8\r\n176.4207\r\n:4132827567908441\r\n*2\r\n$21\r\n178.18083196878433228\r\n$19\r\n6.76185916108098439\r\n*4\r\n$3\r\np89\r\n$8\r\n175.2195\r\n:4134068230263053\r\n*2\r\n$21\r\n179.47472959756851196\r\n$19\r\n9.58234985336613221\r\n*4\r\n$3\r\np83\r\n$8\r\n172.8822\r\n:4132940262165254\r\n*2\r\n$21\r\n179.03896182775497437\r\n$19\r\n6.83576402592382948\r\n*4\r\n$3\r\np81\r\n$8\r\n171.5383\r\n:4133886270799619\r\n*2\r\n$21\r\n179.77676242589950562\r\n$19\r\n9.24467936996131101\r\n*4\r\n$3\r\np28\r\n$8\r\n166.8222\r\n:4133705913831238\r\n*2\r\n$21\r\n177.33402103185653687\r\n$19\r\n9.22280219163506132\r\n*4\r\n$3\r\np82\r\n$8\r\n153.1523\r\n:4132934584758843\r\n*2\r\n$20\r\n178.7844201922416687\r\n$19\r\n6.95334213634207998\r\n*4\r\n$3\r\np87\r\n$8\r\n152.5825\r\n:4134062027160517\r\n*2\r\n$21\r\n179.33528691530227661\r\n$19\r\n9.43053019480635868\r\n*4\r\n$3\r\np65\r\n$8\r\n151.6558\r\n:4132864720851949\r\n*2\r\n$21\r\n177.41974979639053345\r\n$19\r\n7.51144211064765699\r\n*4\r\n$3\r\np61\r\n$8\r\n143.8115\r\n:4134039785880697\r\n*2\r\n$21\r\n179.05366569757461548\r\n$19\r\n9.49611357008309653\r\n*4\r\n$3\r\np64\r\n$8\r\n140.3270\r\n:4133924296408827\r\n*2\r\n$21\r\n177.89817541837692261\r\n$18\r\n9.4007269434148597\r\n*4\r\n$2\r\np7\r\n$8\r\n140.3270\r\n:4133924296408827\r\n*2\r\n$21\r\n177.89817541837692261\r\n$18\r\n9.4007269434148597\r\n*4\r\n$3\r\np17\r\n$8\r\n136.7587\r\n:4133812187367655\r\n*2\r\n$21\r\n179.77914422750473022\r\n$19\r\n8.33630120920437179\r\n*4\r\n$3\r\np25\r\n$8\r\n136.7587\r\n:4133812187367655\r\n*2\r\n$21\r\n179.77914422750473022\r\n$19\r\n8.33630120920437179\r\n*4\r\n$3\r\np41\r\n$8\r\n134.7751\r\n:4132871353612184\r\n*2\r\n$21\r\n177.60409265756607056\r\n$19\r\n7.52415880670405812\r\n*4\r\n$3\r\np47\r\n$8\r\n132.0755\r\n:4133708759825330\r\n*2\r\n$21\r\n177.57200807332992554\r\n$19\r\n9.01554818132054692\r\n*4\r\n$3\r\np62\r\n$8\r\n132.0755\r\n:4133708759825330\r\n*2\r\n$21\r\n177.57200807332992554\r\n$19\r\n9.01554818132054692\r\n*4\r\n$2\r\np3\r\n$8\r\n130.9455\r\n:4132945556894699\r\n*2\r\n$21\r\n178.67528647184371948\r\n$19\r\n7.13897497516743584\r\n*4\r\n$3\r\np45\r\n$8\r\n113.5851\r\n:4133696435515373\r\n*2\r\n$21\r\n177.66677051782608032\r\n$19\r\n8.85845376802819828\r\n*4\r\n$3\r\np70\r\n$8\r\n107.3955\r\n:4133010886309622\r\n*2\r\n$21\r\n179.14219468832015991\r\n$18\r\n7.5513969202823148\r\n*4\r\n$2\r\np1\r\n$8\r\n105.5630\r\n:4132901529364682\r\n*2\r\n$20\r\n178.3231016993522644\r\n$19\r\n7.38307622697525545\r\n*4\r\n$2\r\np2\r\n$8\r\n105.5630\r\n:4132901529364682\r\n*2\r\n$20\r\n178.3231016993522644\r\n$19\r\n7.38307622697525545\r\n*4\r\n$3\r\np57\r\n$8\r\n105.5630\r\n:4132901529364682\r\n*2\r\n$20\r\n178.3231016993522644\r\n$19\r\n7.38307622697525545\r\n*4\r\n$3\r\np14\r\n$7\r\n97.2655\r\n:4133846999966568\r\n*2\r\n$21\r\n178.96500259637832642\r\n$19\r\n9.07347162925376693\r\n*4\r\n$3\r\np31\r\n$7\r\n93.7137\r\n:4132904619625166\r\n*2\r\n$21\r\n178.46085995435714722\r\n$19\r\n7.46905903814234762\r\n*4\r\n$3\r\np24\r\n$7\r\n64.7148\r\n:4133014513804416\r\n*2\r\n$21\r\n178.74382764101028442\r\n$19\r\n7.76371023403086014\r\n*4\r\n$3\r\np53\r\n$7\r\n64.7148\r\n:4133014513804416\r\n*2\r\n$21\r\n178.74382764101028442\r\n$19\r\n7.76371023403086014\r\n*4\r\n$3\r\np23\r\n$7\r\n62.8508\r\n:4133761633395556\r\n*2\r\n$21\r\n179.05494242906570435\r\n$18\r\n8.0709437857543378\r\n*4\r\n$3\r\np34\r\n$7\r\n62.8508\r\n:4133761633395556\r\n*2\r\n$21\r\n179.05494242906570435\r\n$18\r\n8.0709437857543378\r\n
> GEOSEARCHSTORE stored dateline FROMLONLAT 178.536828 8.308242 BYRADIUS 530.991156 km DESC STOREDIST
< :45\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *90\r\n$3\r\np23\r\n$18\r\n62.850772438076753\r\n$3\r\np34\r\n$18\r\n62.850772438076753\r\n$3\r\np24\r\n$18\r\n64.714782115599519\r\n$3\r\np53\r\n$18\r\n64.714782115599519\r\n$3\r\np31\r\n$18\r\n93.713710233951886\r\n$3\r\np14\r\n$18\r\n97.265545946663096\r\n$2\r\np1\r\n$18\r\n105.56298482648201\r\n$2\r\np2\r\n$18\r\n105.56298482648201\r\n$3\r\np57\r\n$18\r\n105.56298482648201\r\n$3\r\np70\r\n$18\r\n107.39547053773582\r\n$3\r\np45\r\n$18\r\n113.58511638539495\r\n$2\r\np3\r\n$18\r\n130.94548934034407\r\n$3\r\np47\r\n$16\r\n132.075463475894\r\n$3\r\np62\r\n$16\r\n132.075463475894\r\n$3\r\np41\r\n$17\r\n134.7751201433901\r\n$3\r\np17\r\n$18\r\n136.75872326651597\r\n$3\r\np25\r\n$18\r\n136.75872326651597\r\n$3\r\np64\r\n$18\r\n140.32702384332052\r\n$2\r\np7\r\n$18\r\n140.32702384332052\r\n$3\r\np61\r\n$18\r\n143.81148851792724\r\n$3\r\np65\r\n$16\r\n151.655759832868\r\n$3\r\np87\r\n$18\r\n152.58246503506913\r\n$3\r\np82\r\n$18\r\n153.15225974620012\r\n$3\r\np28\r\n$18\r\n166.82216308251921\r\n$3\r\np81\r\n$18\r\n171.53831461707591\r\n$3\r\np83\r\n$18\r\n172.88221500593562\r\n$3\r\np89\r\n$17\r\n175.2195084451167\r\n$3\r\np68\r\n$18\r\n176.42068399038791\r\n$3\r\np18\r\n$18\r\n178.71342767869805\r\n$3\r\np21\r\n$18\r\n203.47625530405048\r\n$3\r\np54\r\n$18\r\n216.33914439210596\r\n$3\r\np60\r\n$18\r\n255.18401368516413\r\n$3\r\np52\r\n$17\r\n258.4748957827552\r\n$3\r\np85\r\n$18\r\n286.75159084365134\r\n$3\r\np55\r\n$18\r\n316.14552956891299\r\n$3\r\np12\r\n$18\r\n358.35946287656964\r\n$2\r\np4\r\n$18\r\n360.94163001793561\r\n$3\r\np48\r\n$18\r\n362.85430734682348\r\n$3\r\np22\r\n$18\r\n393.40760516531788\r\n$3\r\np78\r\n$18\r\n393.40760516531788\r\n$3\r\np76\r\n$18\r\n433.63550129915762\r\n$3\r\np74\r\n$18\r\n445.69831056200087\r\n$3\r\np26\r\n$18\r\n449.55589094138327\r\n$3\r\np67\r\n$18\r\n491.94778490144915\r\n$2\r\np8\r\n$18\r\n496.18586672016039\r\n
> GEOSEARCH dateline FROMLONLAT 180 5.751697 BYBOX 653.941657 675.974105 km DESC COUNT 10 WITHDIST
< *10\r\n*2\r\n$3\r\np65\r\n$8\r\n345.7877\r\n*2\r\n$3\r\np67\r\n$8\r\n333.7015\r\n*2\r\n$3\r\np41\r\n$8\r\n330.0407\r\n*2\r\n$3\r\np76\r\n$8\r\n326.6627\r\n*2\r\n$3\r\np56\r\n$8\r\n315.9464\r\n*2\r\n$3\r\np55\r\n$8\r\n313.9557\r\n*2\r\n$3\r\np52\r\n$8\r\n306.2044\r\n*2\r\n$3\r\np25\r\n$8\r\n288.5077\r\n*2\r\n$3\r\np17\r\n$8\r\n288.5077\r\n*2\r\n$3\r\np34\r\n$8\r\n278.2655\r\n
> GEOSEARCH polar FROMMEMBER p23 BYRADIUS 69.542874 mi WITHCOORD COUNT 2
< *0\r\n
> GEOSEARCH world FROMLONLAT -180 45.448295 BYBOX 20754862.455757 19154771.202963 m COUNT 25
< *0\r\n
> GEORADIUS polar 104.959038 85.05112878 391908.182805 m
< *0\r\n
> GEOSEARCH dense FROMMEMBER p167 BYBOX 0.034284 0.020572 mi ASC WITHDIST
< *1\r\n*2\r\n$4\r\np167\r\n$6\r\n0.0000\r\n
> GEORADIUS world -180 -85.051129 19179811.801276807 ft ASC WITHDIST
< -ERR invalid longitude,latitude pair -180.000000,-85.051129\r\n
> GEOSEARCH dense FROMMEMBER p12 BYRADIUS 2.493796011744433 mi COUNT 2 ANY
< *1\r\n$3\r\np12\r\n
> GEOSEARCH polar FROMMEMBER p25 BYRADIUS 1.086411 mi COUNT 4 ASC
< *0\r\n
> GEORADIUSBYMEMBER world p105 21596.22426 km WITHDIST DESC COUNT 3
< *0\r\n
> GEOSEARCH dense FROMMEMBER p179 BYBOX 8947.15457 33728.919336 ft WITHCOORD ASC
< *1\r\n*2\r\n$4\r\np179\r\n*2\r\n$22\r\n-129.77502733469009399\r\n$20\r\n-9.26153273094976015\r\n
> GEOSEARCH dateline FROMMEMBER p52 BYBOX 3.635213 1.067124 mi DESC COUNT 4
< *1\r\n$3\r\np52\r\n
> GEORADIUSBYMEMBER dateline p78 23706.14516 m DESC WITHDIST
< *2\r\n*2\r\n$3\r\np22\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np78\r\n$6\r\n0.0000\r\n
> GEOSEARCH polar FROMMEMBER p52 BYBOX 113.0078367253588 115.857323 km COUNT 2 ASC
< *0\r\n
> GEORADIUSBYMEMBER dense p175 7.786541 km ASC
< *1\r\n$4\r\np175\r\n
> GEORADIUSBYMEMBER dateline p11 175.510787 km ASC
< *31\r\n$3\r\np11\r\n$3\r\np27\r\n$3\r\np39\r\n$3\r\np29\r\n$3\r\np37\r\n$3\r\np77\r\n$3\r\np63\r\n$3\r\np59\r\n$3\r\np21\r\n$3\r\np51\r\n$3\r\np30\r\n$3\r\np54\r\n$3\r\np75\r\n$3\r\np18\r\n$3\r\np43\r\n$3\r\np58\r\n$3\r\np83\r\n$3\r\np35\r\n$3\r\np44\r\n$2\r\np6\r\n$3\r\np36\r\n$3\r\np82\r\n$3\r\np71\r\n$3\r\np70\r\n$3\r\np86\r\n$3\r\np48\r\n$3\r\np88\r\n$3\r\np42\r\n$2\r\np3\r\n$3\r\np66\r\n$3\r\np69\r\n
> GEORADIUSBYMEMBER dense p193 81.0833606759825 km
< *158\r\n$4\r\np209\r\n$4\r\np198\r\n$3\r\np20\r\n$3\r\np60\r\n$3\r\np62\r\n$4\r\np139\r\n$3\r\np63\r\n$4\r\np110\r\n$4\r\np119\r\n$3\r\np92\r\n$3\r\np66\r\n$4\r\np107\r\n$4\r\np213\r\n$2\r\np5\r\n$3\r\np50\r\n$4\r\np158\r\n$4\r\np131\r\n$4\r\np208\r\n$4\r\np216\r\n$3\r\np49\r\n$3\r\np75\r\n$3\r\np95\r\n$4\r\np154\r\n$4\r\np105\r\n$4\r\np189\r\n$4\r\np123\r\n$4\r\np112\r\n$3\r\np74\r\n$4\r\np159\r\n$4\r\np200\r\n$3\r\np27\r\n$3\r\np21\r\n$4\r\np127\r\n$4\r\np175\r\n$4\r\np186\r\n$4\r\np218\r\n$4\r\np182\r\n$3\r\np99\r\n$3\r\np54\r\n$2\r\np6\r\n$4\r\np210\r\n$4\r\np146\r\n$3\r\np67\r\n$4\r\np219\r\n$4\r\np140\r\n$4\r\np132\r\n$3\r\np86\r\n$4\r\np138\r\n$3\r\np93\r\n$4\r\np104\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np166\r\n$2\r\np0\r\n$4\r\np214\r\n$4\r\np205\r\n$3\r\np13\r\n$3\r\np22\r\n$3\r\np19\r\n$4\r\np183\r\n$4\r\np211\r\n$4\r\np134\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np164\r\n$3\r\np26\r\n$4\r\np188\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np169\r\n$4\r\np144\r\n$3\r\np24\r\n$3\r\np46\r\n$3\r\np52\r\n$3\r\np11\r\n$3\r\np48\r\n$4\r\np206\r\n$3\r\np91\r\n$3\r\np43\r\n$4\r\np153\r\n$3\r\np32\r\n$2\r\np1\r\n$4\r\np143\r\n$4\r\np199\r\n$2\r\np7\r\n$4\r\np124\r\n$4\r\np193\r\n$4\r\np194\r\n$3\r\np34\r\n$4\r\np152\r\n$4\r\np187\r\n$4\r\np142\r\n$3\r\np56\r\n$3\r\np15\r\n$3\r\np30\r\n$3\r\np82\r\n$3\r\np28\r\n$3\r\np84\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np38\r\n$4\r\np203\r\n$3\r\np40\r\n$4\r\np165\r\n$3\r\np83\r\n$4\r\np100\r\n$4\r\np161\r\n$3\r\np12\r\n$3\r\np64\r\n$4\r\np150\r\n$4\r\np148\r\n$4\r\np156\r\n$4\r\np217\r\n$4\r\np195\r\n$3\r\np76\r\n$4\r\np201\r\n$3\r\np41\r\n$4\r\np179\r\n$4\r\np178\r\n$4\r\np160\r\n$2\r\np9\r\n$4\r\np168\r\n$3\r\np68\r\n$3\r\np51\r\n$3\r\np35\r\n$3\r\np45\r\n$4\r\np126\r\n$4\r\np145\r\n$4\r\np108\r\n$3\r\np85\r\n$3\r\np94\r\n$4\r\np136\r\n$4\r\np190\r\n$3\r\np87\r\n$4\r\np125\r\n$3\r\np31\r\n$3\r\np55\r\n$4\r\np122\r\n$2\r\np8\r\n$4\r\np117\r\n$3\r\np73\r\n$4\r\np109\r\n$4\r\np181\r\n$4\r\np130\r\n$4\r\np185\r\n$3\r\np70\r\n$4\r\np149\r\n$4\r\np157\r\n$4\r\np155\r\n$4\r\np141\r\n$4\r\np191\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np197\r\n$3\r\np59\r\n$4\r\np212\r\n
> GEOSEARCH dense FROMMEMBER p21 BYRADIUS 7373037.539948 ft ASC
< *220\r\n$3\r\np21\r\n$3\r\np27\r\n$4\r\np127\r\n$4\r\np186\r\n$4\r\np175\r\n$4\r\np200\r\n$4\r\np189\r\n$4\r\np218\r\n$4\r\np112\r\n$3\r\np74\r\n$4\r\np182\r\n$3\r\np99\r\n$3\r\np55\r\n$4\r\np117\r\n$3\r\np95\r\n$4\r\np123\r\n$4\r\np158\r\n$3\r\np34\r\n$3\r\np43\r\n$3\r\np31\r\n$4\r\np159\r\n$3\r\np15\r\n$3\r\np30\r\n$2\r\np1\r\n$4\r\np143\r\n$3\r\np75\r\n$4\r\np152\r\n$4\r\np105\r\n$4\r\np187\r\n$3\r\np82\r\n$4\r\np142\r\n$4\r\np103\r\n$3\r\np56\r\n$4\r\np130\r\n$3\r\np84\r\n$4\r\np153\r\n$3\r\np32\r\n$3\r\np73\r\n$4\r\np109\r\n$4\r\np181\r\n$3\r\np91\r\n$4\r\np122\r\n$2\r\np8\r\n$3\r\np28\r\n$4\r\np185\r\n$4\r\np154\r\n$4\r\np171\r\n$3\r\np23\r\n$3\r\np36\r\n$4\r\np194\r\n$4\r\np157\r\n$4\r\np206\r\n$4\r\np208\r\n$4\r\np216\r\n$3\r\np49\r\n$4\r\np193\r\n$3\r\np70\r\n$4\r\np155\r\n$4\r\np180\r\n$4\r\np149\r\n$3\r\np11\r\n$3\r\np12\r\n$4\r\np124\r\n$4\r\np131\r\n$3\r\np48\r\n$3\r\np66\r\n$4\r\np213\r\n$4\r\np107\r\n$3\r\np92\r\n$4\r\np198\r\n$3\r\np64\r\n$4\r\np209\r\n$4\r\np196\r\n$3\r\np90\r\n$3\r\np65\r\n$3\r\np81\r\n$4\r\np199\r\n$2\r\np7\r\n$4\r\np148\r\n$3\r\np25\r\n$4\r\np156\r\n$4\r\np205\r\n$4\r\np150\r\n$4\r\np110\r\n$4\r\np119\r\n$4\r\np217\r\n$4\r\np141\r\n$2\r\np5\r\n$3\r\np22\r\n$4\r\np191\r\n$4\r\np195\r\n$4\r\np138\r\n$3\r\np50\r\n$3\r\np38\r\n$4\r\np214\r\n$4\r\np203\r\n$3\r\np40\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np3\r\n$2\r\np4\r\n$4\r\np197\r\n$4\r\np100\r\n$4\r\np161\r\n$4\r\np169\r\n$3\r\np13\r\n$4\r\np116\r\n$3\r\np39\r\n$4\r\np118\r\n$3\r\np44\r\n$4\r\np188\r\n$3\r\np16\r\n$3\r\np26\r\n$3\r\np59\r\n$3\r\np63\r\n$4\r\np133\r\n$3\r\np83\r\n$3\r\np86\r\n$4\r\np165\r\n$4\r\np178\r\n$4\r\np179\r\n$3\r\np20\r\n$3\r\np60\r\n$3\r\np62\r\n$4\r\np102\r\n$3\r\np93\r\n$2\r\np0\r\n$4\r\np139\r\n$3\r\np54\r\n$2\r\np6\r\n$4\r\np166\r\n$3\r\np14\r\n$3\r\np97\r\n$4\r\np104\r\n$4\r\np210\r\n$4\r\np192\r\n$4\r\np212\r\n$3\r\np46\r\n$3\r\np24\r\n$3\r\np52\r\n$3\r\np94\r\n$4\r\np144\r\n$4\r\np164\r\n$4\r\np146\r\n$3\r\np18\r\n$4\r\np190\r\n$4\r\np136\r\n$3\r\np76\r\n$4\r\np176\r\n$4\r\np132\r\n$3\r\np67\r\n$4\r\np173\r\n$4\r\np215\r\n$3\r\np87\r\n$3\r\np35\r\n$3\r\np45\r\n$3\r\np29\r\n$4\r\np147\r\n$4\r\np219\r\n$4\r\np126\r\n$4\r\np115\r\n$4\r\np177\r\n$4\r\np183\r\n$4\r\np211\r\n$4\r\np134\r\n$4\r\np168\r\n$4\r\np140\r\n$4\r\np160\r\n$4\r\np121\r\n$3\r\np51\r\n$4\r\np145\r\n$3\r\np17\r\n$3\r\np71\r\n$4\r\np125\r\n$3\r\np19\r\n$3\r\np33\r\n$4\r\np135\r\n$2\r\np9\r\n$4\r\np108\r\n$3\r\np85\r\n$4\r\np201\r\n$3\r\np10\r\n$3\r\np80\r\n$3\r\np41\r\n$3\r\np88\r\n$3\r\np96\r\n$3\r\np68\r\n$4\r\np184\r\n$4\r\np129\r\n$4\r\np106\r\n$4\r\np170\r\n$4\r\np207\r\n$3\r\np57\r\n$4\r\np113\r\n$3\r\np79\r\n$3\r\np42\r\n$4\r\np202\r\n$4\r\np111\r\n$3\r\np47\r\n$3\r\np89\r\n$3\r\np58\r\n$4\r\np167\r\n$4\r\np174\r\n$4\r\np120\r\n$3\r\np37\r\n$3\r\np61\r\n$4\r\np172\r\n$4\r\np137\r\n$4\r\np151\r\n$3\r\np77\r\n$4\r\np204\r\n$3\r\np53\r\n$4\r\np128\r\n$4\r\np114\r\n$4\r\np101\r\n$3\r\np78\r\n$3\r\np69\r\n$3\r\np98\r\n$3\r\np72\r\n$4\r\np162\r\n
> GEOSEARCH dense FROMMEMBER p178 BYBOX 7204.953099 7825.379168 km COUNT 6 ASC WITHHASH ANY
< *6\r\n*2\r\n$4\r\np198\r\n:510877749020071\r\n*2\r\n$4\r\np209\r\n:510877674210234\r\n*2\r\n$4\r\np133\r\n:510875055994093\r\n*2\r\n$4\r\np173\r\n:510880238257967\r\n*2\r\n$4\r\np215\r\n:510880238257967\r\n*2\r\n$4\r\np176\r\n:510880129247037\r\n
> GEOSEARCH dense FROMMEMBER p182 BYRADIUS 98.143862 mi WITHDIST
< *208\r\n*2\r\n$4\r\np133\r\n$7\r\n70.5067\r\n*2\r\n$4\r\np209\r\n$7\r\n54.7633\r\n*2\r\n$4\r\np198\r\n$7\r\n53.7565\r\n*2\r\n$4\r\np176\r\n$7\r\n82.1255\r\n*2\r\n$4\r\np173\r\n$7\r\n83.7952\r\n*2\r\n$4\r\np215\r\n$7\r\n83.7952\r\n*2\r\n$4\r\np192\r\n$7\r\n77.1111\r\n*2\r\n$3\r\np14\r\n$7\r\n76.2303\r\n*2\r\n$3\r\np20\r\n$7\r\n73.2145\r\n*2\r\n$3\r\np60\r\n$7\r\n73.2145\r\n*2\r\n$3\r\np62\r\n$7\r\n73.2145\r\n*2\r\n$4\r\np139\r\n$7\r\n74.0472\r\n*2\r\n$4\r\np147\r\n$7\r\n83.6171\r\n*2\r\n$3\r\np18\r\n$7\r\n79.8456\r\n*2\r\n$3\r\np63\r\n$7\r\n69.6857\r\n*2\r\n$4\r\np110\r\n$7\r\n58.8864\r\n*2\r\n$4\r\np119\r\n$7\r\n58.8864\r\n*2\r\n$3\r\np92\r\n$7\r\n53.3695\r\n*2\r\n$3\r\np66\r\n$7\r\n50.9028\r\n*2\r\n$4\r\np107\r\n$7\r\n52.9226\r\n*2\r\n$4\r\np213\r\n$7\r\n52.7024\r\n*2\r\n$2\r\np5\r\n$7\r\n59.8853\r\n*2\r\n$3\r\np50\r\n$7\r\n62.7351\r\n*2\r\n$4\r\np158\r\n$7\r\n25.9520\r\n*2\r\n$4\r\np131\r\n$7\r\n50.6999\r\n*2\r\n$4\r\np208\r\n$7\r\n46.8966\r\n*2\r\n$4\r\np216\r\n$7\r\n46.8966\r\n*2\r\n$3\r\np49\r\n$7\r\n46.8966\r\n*2\r\n$3\r\np75\r\n$7\r\n37.1474\r\n*2\r\n$3\r\np95\r\n$7\r\n34.6041\r\n*2\r\n$4\r\np154\r\n$7\r\n44.3554\r\n*2\r\n$4\r\np105\r\n$7\r\n37.8038\r\n*2\r\n$4\r\np189\r\n$7\r\n24.5985\r\n*2\r\n$4\r\np123\r\n$7\r\n32.2924\r\n*2\r\n$4\r\np112\r\n$7\r\n26.8449\r\n*2\r\n$3\r\np74\r\n$7\r\n26.8449\r\n*2\r\n$4\r\np159\r\n$7\r\n18.9835\r\n*2\r\n$4\r\np200\r\n$7\r\n14.2694\r\n*2\r\n$3\r\np27\r\n$7\r\n21.5916\r\n*2\r\n$3\r\np21\r\n$7\r\n16.4777\r\n*2\r\n$4\r\np127\r\n$7\r\n20.5117\r\n*2\r\n$4\r\np175\r\n$7\r\n15.2542\r\n*2\r\n$4\r\np186\r\n$7\r\n13.2013\r\n*2\r\n$4\r\np218\r\n$6\r\n9.4774\r\n*2\r\n$4\r\np182\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np99\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np17\r\n$7\r\n87.7345\r\n*2\r\n$3\r\np71\r\n$7\r\n87.7345\r\n*2\r\n$3\r\np54\r\n$7\r\n73.0002\r\n*2\r\n$2\r\np6\r\n$7\r\n73.0002\r\n*2\r\n$4\r\np210\r\n$7\r\n74.6815\r\n*2\r\n$4\r\np146\r\n$7\r\n78.5603\r\n*2\r\n$3\r\np67\r\n$7\r\n80.9653\r\n*2\r\n$4\r\np219\r\n$7\r\n82.3741\r\n*2\r\n$4\r\np140\r\n$7\r\n83.6372\r\n*2\r\n$4\r\np132\r\n$7\r\n78.7993\r\n*2\r\n$3\r\np86\r\n$7\r\n68.7383\r\n*2\r\n$4\r\np138\r\n$7\r\n61.7750\r\n*2\r\n$3\r\np93\r\n$7\r\n71.6699\r\n*2\r\n$4\r\np104\r\n$7\r\n73.0138\r\n*2\r\n$4\r\np118\r\n$7\r\n64.9829\r\n*2\r\n$3\r\np44\r\n$7\r\n64.9829\r\n*2\r\n$4\r\np166\r\n$7\r\n70.8010\r\n*2\r\n$2\r\np0\r\n$7\r\n69.9675\r\n*2\r\n$4\r\np214\r\n$7\r\n61.4779\r\n*2\r\n$4\r\np205\r\n$7\r\n52.8441\r\n*2\r\n$3\r\np13\r\n$7\r\n63.0723\r\n*2\r\n$3\r\np22\r\n$7\r\n53.8686\r\n*2\r\n$4\r\np129\r\n$7\r\n92.8629\r\n*2\r\n$3\r\np80\r\n$7\r\n88.7104\r\n*2\r\n$3\r\np19\r\n$7\r\n84.4041\r\n*2\r\n$4\r\np183\r\n$7\r\n81.1987\r\n*2\r\n$4\r\np211\r\n$7\r\n81.1987\r\n*2\r\n$4\r\np134\r\n$7\r\n81.1006\r\n*2\r\n$4\r\np115\r\n$7\r\n79.5059\r\n*2\r\n$4\r\np177\r\n$7\r\n79.5059\r\n*2\r\n$4\r\np164\r\n$7\r\n74.1768\r\n*2\r\n$3\r\np26\r\n$7\r\n63.1608\r\n*2\r\n$4\r\np188\r\n$7\r\n62.0703\r\n*2\r\n$4\r\np116\r\n$7\r\n61.7878\r\n*2\r\n$3\r\np39\r\n$7\r\n61.7878\r\n*2\r\n$4\r\np169\r\n$7\r\n60.8462\r\n*2\r\n$4\r\np144\r\n$7\r\n72.0348\r\n*2\r\n$3\r\np24\r\n$7\r\n68.7511\r\n*2\r\n$3\r\np46\r\n$7\r\n68.2145\r\n*2\r\n$3\r\np52\r\n$7\r\n68.9003\r\n*2\r\n$3\r\np11\r\n$7\r\n46.6175\r\n*2\r\n$3\r\np48\r\n$7\r\n47.5890\r\n*2\r\n$4\r\np206\r\n$7\r\n43.0137\r\n*2\r\n$3\r\np91\r\n$7\r\n39.3884\r\n*2\r\n$3\r\np43\r\n$7\r\n29.8933\r\n*2\r\n$4\r\np153\r\n$7\r\n36.6434\r\n*2\r\n$3\r\np32\r\n$7\r\n36.6434\r\n*2\r\n$2\r\np1\r\n$7\r\n28.5873\r\n*2\r\n$4\r\np143\r\n$7\r\n28.5873\r\n*2\r\n$4\r\np199\r\n$7\r\n51.1353\r\n*2\r\n$2\r\np7\r\n$7\r\n51.1353\r\n*2\r\n$4\r\np124\r\n$7\r\n42.2452\r\n*2\r\n$4\r\np193\r\n$7\r\n37.9594\r\n*2\r\n$4\r\np194\r\n$7\r\n33.7162\r\n*2\r\n$3\r\np34\r\n$7\r\n25.1053\r\n*2\r\n$4\r\np152\r\n$7\r\n11.4247\r\n*2\r\n$4\r\np187\r\n$7\r\n11.8495\r\n*2\r\n$4\r\np142\r\n$7\r\n27.7857\r\n*2\r\n$3\r\np56\r\n$7\r\n27.2660\r\n*2\r\n$3\r\np15\r\n$7\r\n20.2511\r\n*2\r\n$3\r\np30\r\n$7\r\n20.2511\r\n*2\r\n$3\r\np82\r\n$7\r\n20.2623\r\n*2\r\n$3\r\np28\r\n$7\r\n24.8193\r\n*2\r\n$3\r\np84\r\n$7\r\n18.7124\r\n*2\r\n$4\r\np171\r\n$7\r\n19.9424\r\n*2\r\n$3\r\np23\r\n$7\r\n19.9424\r\n*2\r\n$3\r\np38\r\n$7\r\n55.7029\r\n*2\r\n$4\r\np203\r\n$7\r\n56.1937\r\n*2\r\n$3\r\np40\r\n$7\r\n55.6110\r\n*2\r\n$4\r\np165\r\n$7\r\n55.3007\r\n*2\r\n$3\r\np83\r\n$7\r\n53.6663\r\n*2\r\n$4\r\np100\r\n$7\r\n50.9659\r\n*2\r\n$4\r\np161\r\n$7\r\n50.9659\r\n*2\r\n$3\r\np12\r\n$7\r\n33.9878\r\n*2\r\n$3\r\np64\r\n$7\r\n30.0536\r\n*2\r\n$4\r\np150\r\n$7\r\n34.5673\r\n*2\r\n$4\r\np148\r\n$7\r\n32.5554\r\n*2\r\n$4\r\np156\r\n$7\r\n32.7417\r\n*2\r\n$4\r\np217\r\n$7\r\n40.0342\r\n*2\r\n$4\r\np195\r\n$7\r\n42.7269\r\n*2\r\n$4\r\np106\r\n$7\r\n89.0264\r\n*2\r\n$4\r\np174\r\n$7\r\n95.0678\r\n*2\r\n$4\r\np111\r\n$7\r\n91.5095\r\n*2\r\n$4\r\np184\r\n$7\r\n87.1266\r\n*2\r\n$3\r\np76\r\n$7\r\n70.0555\r\n*2\r\n$4\r\np201\r\n$7\r\n80.6503\r\n*2\r\n$3\r\np47\r\n$7\r\n90.2373\r\n*2\r\n$3\r\np41\r\n$7\r\n82.4982\r\n*2\r\n$4\r\np170\r\n$7\r\n84.7486\r\n*2\r\n$4\r\np113\r\n$7\r\n86.3115\r\n*2\r\n$3\r\np79\r\n$7\r\n86.3115\r\n*2\r\n$3\r\np53\r\n$7\r\n96.8871\r\n*2\r\n$4\r\np204\r\n$7\r\n96.3551\r\n*2\r\n$4\r\np179\r\n$7\r\n56.4124\r\n*2\r\n$4\r\np178\r\n$7\r\n55.5735\r\n*2\r\n$4\r\np160\r\n$7\r\n73.3338\r\n*2\r\n$2\r\np9\r\n$7\r\n76.7224\r\n*2\r\n$4\r\np168\r\n$7\r\n71.9913\r\n*2\r\n$3\r\np68\r\n$7\r\n79.7917\r\n*2\r\n$3\r\np51\r\n$7\r\n70.8234\r\n*2\r\n$3\r\np35\r\n$7\r\n66.8483\r\n*2\r\n$3\r\np45\r\n$7\r\n66.8483\r\n*2\r\n$4\r\np126\r\n$7\r\n67.9999\r\n*2\r\n$4\r\np145\r\n$7\r\n71.0533\r\n*2\r\n$4\r\np108\r\n$7\r\n74.0493\r\n*2\r\n$3\r\np85\r\n$7\r\n74.0493\r\n*2\r\n$3\r\np94\r\n$7\r\n57.3682\r\n*2\r\n$4\r\np136\r\n$7\r\n61.1322\r\n*2\r\n$4\r\np190\r\n$7\r\n59.6608\r\n*2\r\n$3\r\np87\r\n$7\r\n63.1360\r\n*2\r\n$4\r\np125\r\n$7\r\n70.2637\r\n*2\r\n$3\r\np57\r\n$7\r\n84.7318\r\n*2\r\n$4\r\np120\r\n$7\r\n88.8931\r\n*2\r\n$3\r\np58\r\n$7\r\n86.2034\r\n*2\r\n$3\r\np89\r\n$7\r\n83.5970\r\n*2\r\n$3\r\np37\r\n$7\r\n87.0499\r\n*2\r\n$4\r\np172\r\n$7\r\n87.9622\r\n*2\r\n$3\r\np42\r\n$7\r\n80.0060\r\n*2\r\n$3\r\np96\r\n$7\r\n72.8543\r\n*2\r\n$4\r\np207\r\n$7\r\n74.7190\r\n*2\r\n$3\r\np36\r\n$7\r\n24.9394\r\n*2\r\n$3\r\np81\r\n$7\r\n32.4562\r\n*2\r\n$4\r\np103\r\n$7\r\n18.1032\r\n*2\r\n$4\r\np180\r\n$7\r\n21.6600\r\n*2\r\n$3\r\np31\r\n$6\r\n7.3678\r\n*2\r\n$3\r\np55\r\n$6\r\n3.8834\r\n*2\r\n$4\r\np122\r\n$7\r\n12.2676\r\n*2\r\n$2\r\np8\r\n$7\r\n12.2676\r\n*2\r\n$4\r\np117\r\n$6\r\n2.1878\r\n*2\r\n$3\r\np73\r\n$6\r\n9.7533\r\n*2\r\n$4\r\np109\r\n$7\r\n10.0861\r\n*2\r\n$4\r\np181\r\n$7\r\n12.3821\r\n*2\r\n$4\r\np130\r\n$6\r\n9.3725\r\n*2\r\n$4\r\np185\r\n$7\r\n13.2728\r\n*2\r\n$3\r\np70\r\n$7\r\n16.0016\r\n*2\r\n$4\r\np149\r\n$7\r\n15.8664\r\n*2\r\n$4\r\np157\r\n$7\r\n18.6982\r\n*2\r\n$4\r\np155\r\n$7\r\n19.5041\r\n*2\r\n$4\r\np196\r\n$7\r\n22.5667\r\n*2\r\n$3\r\np90\r\n$7\r\n22.5667\r\n*2\r\n$3\r\np65\r\n$7\r\n22.4803\r\n*2\r\n$3\r\np25\r\n$7\r\n25.8836\r\n*2\r\n$4\r\np141\r\n$7\r\n28.4820\r\n*2\r\n$4\r\np191\r\n$7\r\n35.8804\r\n*2\r\n$4\r\np163\r\n$7\r\n38.8185\r\n*2\r\n$2\r\np2\r\n$7\r\n38.8185\r\n*2\r\n$2\r\np3\r\n$7\r\n38.8185\r\n*2\r\n$2\r\np4\r\n$7\r\n38.8185\r\n*2\r\n$4\r\np197\r\n$7\r\n39.5574\r\n*2\r\n$3\r\np59\r\n$7\r\n43.1459\r\n*2\r\n$4\r\np102\r\n$7\r\n46.4970\r\n*2\r\n$3\r\np16\r\n$7\r\n39.5180\r\n*2\r\n$3\r\np97\r\n$7\r\n47.5619\r\n*2\r\n$4\r\np212\r\n$7\r\n52.9315\r\n*2\r\n$3\r\np29\r\n$7\r\n58.1129\r\n*2\r\n$4\r\np121\r\n$7\r\n59.8920\r\n*2\r\n$4\r\np135\r\n$7\r\n65.1651\r\n*2\r\n$3\r\np33\r\n$7\r\n62.9339\r\n*2\r\n$3\r\np10\r\n$7\r\n66.7504\r\n*2\r\n$3\r\np88\r\n$7\r\n70.3019\r\n*2\r\n$4\r\np167\r\n$7\r\n78.4472\r\n*2\r\n$4\r\np202\r\n$7\r\n73.7576\r\n
> GEORADIUSBYMEMBER dateline p32 53260.420046 m COUNT 6 ASC
< *6\r\n$3\r\np32\r\n$3\r\np20\r\n$3\r\np38\r\n$3\r\np80\r\n$3\r\np72\r\n$3\r\np81\r\n
> GEOSEARCH town FROMMEMBER p39 BYRADIUS 0.698781 km ASC
< *4\r\n$3\r\np39\r\n$3\r\np11\r\n$2\r\np6\r\n$3\r\np33\r\n
> GEOSEARCH town FROMMEMBER p20 BYBOX 0.168775 0.219604 mi WITHDIST
< *1\r\n*2\r\n$3\r\np20\r\n$6\r\n0.0000\r\n
> GEORADIUSBYMEMBER world p39 4735.523781 km ANY WITHCOORD ASC COUNT 3
< *0\r\n
> GEOSEARCH town FROMMEMBER p15 BYRADIUS 1381.527207 ft DESC COUNT 6 WITHCOORD
< *1\r\n*2\r\n$3\r\np15\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n
> GEOSEARCH world FROMLONLAT 177.866504 85.05112878 BYBOX 9.655069 7.024819 mi COUNT 2 WITHDIST DESC ANY
< *0\r\n
> GEOSEARCH world FROMLONLAT -140.289972 85.05112878 BYRADIUS 222535231.607249 ft WITHDIST
< *0\r\n
> GEORADIUS world 180 85.051129 21315.685436 mi
< -ERR invalid longitude,latitude pair 180.000000,85.051129\r\n
> GEOSEARCH dense FROMMEMBER p163 BYRADIUS 73052.645695 ft COUNT 4
< *4\r\n$2\r\np3\r\n$4\r\np163\r\n$2\r\np2\r\n$2\r\np4\r\n
> GEOSEARCH town FROMLONLAT 120.015396 -9.117892 BYBOX 5398.098245896227 6418.07998 m WITHDIST ASC
< *25\r\n*2\r\n$3\r\np11\r\n$8\r\n183.7608\r\n*2\r\n$3\r\np22\r\n$8\r\n194.6470\r\n*2\r\n$3\r\np10\r\n$8\r\n368.8409\r\n*2\r\n$2\r\np5\r\n$8\r\n368.8409\r\n*2\r\n$2\r\np6\r\n$8\r\n397.5613\r\n*2\r\n$3\r\np39\r\n$8\r\n593.3325\r\n*2\r\n$3\r\np31\r\n$8\r\n749.7452\r\n*2\r\n$3\r\np33\r\n$8\r\n988.2288\r\n*2\r\n$3\r\np15\r\n$9\r\n1016.4512\r\n*2\r\n$3\r\np26\r\n$9\r\n1115.1394\r\n*2\r\n$2\r\np7\r\n$9\r\n1392.7910\r\n*2\r\n$3\r\np32\r\n$9\r\n1539.9082\r\n*2\r\n$2\r\np4\r\n$9\r\n1600.3778\r\n*2\r\n$3\r\np30\r\n$9\r\n1942.1981\r\n*2\r\n$3\r\np23\r\n$9\r\n2024.5060\r\n*2\r\n$2\r\np1\r\n$9\r\n2510.1468\r\n*2\r\n$3\r\np14\r\n$9\r\n2628.1499\r\n*2\r\n$2\r\np2\r\n$9\r\n2703.6225\r\n*2\r\n$3\r\np21\r\n$9\r\n2726.6667\r\n*2\r\n$2\r\np8\r\n$9\r\n2769.0905\r\n*2\r\n$3\r\np36\r\n$9\r\n2905.1869\r\n*2\r\n$2\r\np0\r\n$9\r\n2948.4439\r\n*2\r\n$3\r\np16\r\n$9\r\n2948.4439\r\n*2\r\n$3\r\np35\r\n$9\r\n3050.9061\r\n*2\r\n$3\r\np37\r\n$9\r\n3058.3956\r\n
> GEORADIUSBYMEMBER town p22 318.629291 ft COUNT 2 ANY
< *1\r\n$3\r\np22\r\n
> GEORADIUS dense -129.846908 -9.895901 17.938598 mi COUNT 2 ASC
< *2\r\n$3\r\np43\r\n$3\r\np32\r\n
> GEOSEARCH dateline FROMLONLAT 177.50596 7.679671 BYRADIUS 47859.482127 m WITHDIST ASC
< *2\r\n*2\r\n$3\r\np41\r\n$10\r\n20401.9247\r\n*2\r\n$3\r\np65\r\n$10\r\n20987.1095\r\n
> GEOSEARCH town FROMMEMBER p1 BYBOX 4202.088795 1752.224813 ft DESC
< *5\r\n$3\r\np35\r\n$3\r\np36\r\n$2\r\np2\r\n$3\r\np14\r\n$2\r\np1\r\n
> GEORADIUSBYMEMBER world p33 98853809.927581 ft WITHCOORD COUNT 6 ASC
< *0\r\n
> GEOSEARCH world FROMLONLAT -171.634082 -85.051129 BYBOX 18293080.851336 16113472.365341 ft COUNT 10 WITHDIST DESC
< -ERR invalid longitude,latitude pair -171.634082,-85.051129\r\n
> GEOSEARCH world FROMMEMBER p42 BYRADIUS 471639.842619 m ASC
< *0\r\n
> GEOSEARCH town FROMLONLAT -180 85.051129 BYRADIUS 46.469137 mi
< -ERR invalid longitude,latitude pair -180.000000,85.051129\r\n
> GEOSEARCH town FROMLONLAT 120.02222052490923 -9.144001 BYBOX 0.2388561273160246 0.957672 mi WITHDIST WITHCOORD WITHHASH ASC
< *2\r\n*4\r\n$2\r\np0\r\n$6\r\n0.0507\r\n:3221992076625014\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n*4\r\n$3\r\np16\r\n$6\r\n0.0507\r\n:3221992076625014\r\n*2\r\n$21\r\n120.02154439687728882\r\n$20\r\n-9.14369607897324244\r\n
> GEOSEARCH town FROMLONLAT 120.032568 -9.143368 BYRADIUS 498.6621510137762 ft WITHCOORD ASC ANY COUNT 4
< *0\r\n
> GEOSEARCHSTORE stored town FROMLONLAT 120.032568 -9.143368 BYRADIUS 498.6621510137762 ft ASC ANY COUNT 4
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEOSEARCH world FROMLONLAT 55.792534 -85.051129 BYBOX 2505414.305282 12509298.374003211 ft
< -ERR invalid longitude,latitude pair 55.792534,-85.051129\r\n
> GEOSEARCH polar FROMLONLAT 102.780811 80.948115 BYBOX 1763890.97522 396512.50292 m DESC COUNT 6
< *0\r\n
> GEOSEARCH world FROMMEMBER p82 BYRADIUS 13.159421 km WITHDIST ASC COUNT 60 ANY
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p87 BYBOX 84508.82000147423 108255.000738 ft COUNT 2 ASC WITHDIST
< *1\r\n*2\r\n$3\r\np87\r\n$6\r\n0.0000\r\n
> GEORADIUSBYMEMBER polar p36 185.782772 mi WITHDIST COUNT 60 WITHHASH
< *0\r\n
> GEODIST polar p57 p28 km
< $-1\r\n
> GEOPOS polar p57 p28
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH polar p57 p28
< *2\r\n$-1\r\n$-1\r\n
> GEOSEARCH dense FROMLONLAT -129.535408 -10.256574562948238 BYRADIUS 883355.848927 m WITHDIST ASC
< *220\r\n*2\r\n$4\r\np158\r\n$9\r\n8756.5358\r\n*2\r\n$4\r\np200\r\n$10\r\n12816.2099\r\n*2\r\n$4\r\np186\r\n$10\r\n15633.1497\r\n*2\r\n$4\r\np159\r\n$10\r\n17212.2191\r\n*2\r\n$4\r\np218\r\n$10\r\n20386.3106\r\n*2\r\n$4\r\np112\r\n$10\r\n20551.3772\r\n*2\r\n$3\r\np74\r\n$10\r\n20551.3772\r\n*2\r\n$3\r\np21\r\n$10\r\n21308.2912\r\n*2\r\n$3\r\np27\r\n$10\r\n21414.9622\r\n*2\r\n$4\r\np103\r\n$10\r\n26954.8823\r\n*2\r\n$4\r\np189\r\n$10\r\n30303.5083\r\n*2\r\n$4\r\np127\r\n$10\r\n30995.8701\r\n*2\r\n$3\r\np31\r\n$10\r\n31990.5897\r\n*2\r\n$4\r\np175\r\n$10\r\n32931.1444\r\n*2\r\n$3\r\np55\r\n$10\r\n33309.3604\r\n*2\r\n$3\r\np36\r\n$10\r\n33652.2922\r\n*2\r\n$3\r\np95\r\n$10\r\n35063.3861\r\n*2\r\n$4\r\np182\r\n$10\r\n35603.7130\r\n*2\r\n$3\r\np99\r\n$10\r\n35603.7130\r\n*2\r\n$3\r\np75\r\n$10\r\n39080.9256\r\n*2\r\n$4\r\np117\r\n$10\r\n39086.3114\r\n*2\r\n$4\r\np105\r\n$10\r\n43579.8568\r\n*2\r\n$4\r\np180\r\n$10\r\n44050.5312\r\n*2\r\n$4\r\np123\r\n$10\r\n45499.5046\r\n*2\r\n$4\r\np122\r\n$10\r\n46127.7215\r\n*2\r\n$2\r\np8\r\n$10\r\n46127.7215\r\n*2\r\n$4\r\np109\r\n$10\r\n49236.7904\r\n*2\r\n$3\r\np73\r\n$10\r\n49330.2734\r\n*2\r\n$3\r\np81\r\n$10\r\n49642.4126\r\n*2\r\n$4\r\np152\r\n$10\r\n49918.5431\r\n*2\r\n$3\r\np43\r\n$10\r\n50112.3131\r\n*2\r\n$4\r\np130\r\n$10\r\n50437.1016\r\n*2\r\n$4\r\np187\r\n$10\r\n51035.2657\r\n*2\r\n$3\r\np34\r\n$10\r\n51289.1214\r\n*2\r\n$3\r\np15\r\n$10\r\n52454.4327\r\n*2\r\n$3\r\np30\r\n$10\r\n52454.4327\r\n*2\r\n$2\r\np1\r\n$10\r\n53679.8130\r\n*2\r\n$4\r\np143\r\n$10\r\n53679.8130\r\n*2\r\n$4\r\np208\r\n$10\r\n54211.8850\r\n*2\r\n$4\r\np216\r\n$10\r\n54211.8850\r\n*2\r\n$3\r\np49\r\n$10\r\n54211.8850\r\n*2\r\n$4\r\np181\r\n$10\r\n55501.9359\r\n*2\r\n$4\r\np154\r\n$10\r\n56512.7016\r\n*2\r\n$4\r\np149\r\n$10\r\n56680.2585\r\n*2\r\n$4\r\np185\r\n$10\r\n56962.0189\r\n*2\r\n$3\r\np82\r\n$10\r\n56998.1477\r\n*2\r\n$4\r\np131\r\n$10\r\n58491.9410\r\n*2\r\n$4\r\np142\r\n$10\r\n58755.2018\r\n*2\r\n$3\r\np56\r\n$10\r\n58831.4468\r\n*2\r\n$3\r\np84\r\n$10\r\n59697.5683\r\n*2\r\n$4\r\np153\r\n$10\r\n60508.8686\r\n*2\r\n$3\r\np32\r\n$10\r\n60508.8686\r\n*2\r\n$4\r\np198\r\n$10\r\n60924.0061\r\n*2\r\n$3\r\np70\r\n$10\r\n61056.9505\r\n*2\r\n$3\r\np91\r\n$10\r\n61148.2537\r\n*2\r\n$4\r\np209\r\n$10\r\n61867.3467\r\n*2\r\n$3\r\np66\r\n$10\r\n62007.2998\r\n*2\r\n$4\r\np157\r\n$10\r\n63955.8428\r\n*2\r\n$4\r\np171\r\n$10\r\n64287.2660\r\n*2\r\n$3\r\np23\r\n$10\r\n64287.2660\r\n*2\r\n$3\r\np92\r\n$10\r\n64668.3451\r\n*2\r\n$3\r\np28\r\n$10\r\n64873.6730\r\n*2\r\n$4\r\np206\r\n$10\r\n65406.0013\r\n*2\r\n$4\r\np107\r\n$10\r\n65608.1393\r\n*2\r\n$4\r\np213\r\n$10\r\n65847.2596\r\n*2\r\n$4\r\np155\r\n$10\r\n66032.9302\r\n*2\r\n$3\r\np11\r\n$10\r\n66077.6825\r\n*2\r\n$4\r\np194\r\n$10\r\n69269.3552\r\n*2\r\n$3\r\np65\r\n$10\r\n69836.5690\r\n*2\r\n$3\r\np48\r\n$10\r\n70444.0125\r\n*2\r\n$4\r\np196\r\n$10\r\n70464.6393\r\n*2\r\n$3\r\np90\r\n$10\r\n70464.6393\r\n*2\r\n$4\r\np193\r\n$10\r\n71266.5371\r\n*2\r\n$4\r\np110\r\n$10\r\n71922.4733\r\n*2\r\n$4\r\np119\r\n$10\r\n71922.4733\r\n*2\r\n$4\r\np124\r\n$10\r\n75008.1597\r\n*2\r\n$3\r\np12\r\n$10\r\n76100.5692\r\n*2\r\n$3\r\np25\r\n$10\r\n76602.0023\r\n*2\r\n$3\r\np64\r\n$10\r\n79477.4788\r\n*2\r\n$4\r\np141\r\n$10\r\n81287.0479\r\n*2\r\n$2\r\np5\r\n$10\r\n83457.3043\r\n*2\r\n$4\r\np148\r\n$10\r\n84678.1070\r\n*2\r\n$4\r\np199\r\n$10\r\n85053.5031\r\n*2\r\n$2\r\np7\r\n$10\r\n85053.5031\r\n*2\r\n$4\r\np156\r\n$10\r\n85558.9146\r\n*2\r\n$4\r\np205\r\n$10\r\n86344.3392\r\n*2\r\n$4\r\np150\r\n$10\r\n86938.9057\r\n*2\r\n$3\r\np50\r\n$10\r\n88583.5926\r\n*2\r\n$4\r\np138\r\n$10\r\n89416.5597\r\n*2\r\n$4\r\np217\r\n$10\r\n89545.1399\r\n*2\r\n$4\r\np133\r\n$10\r\n89873.2017\r\n*2\r\n$4\r\np191\r\n$10\r\n91230.7063\r\n*2\r\n$3\r\np22\r\n$10\r\n91647.0101\r\n*2\r\n$3\r\np63\r\n$10\r\n91691.5542\r\n*2\r\n$4\r\np195\r\n$10\r\n95487.0676\r\n*2\r\n$4\r\np214\r\n$10\r\n95809.5342\r\n*2\r\n$4\r\np163\r\n$10\r\n97285.9593\r\n*2\r\n$2\r\np2\r\n$10\r\n97285.9593\r\n*2\r\n$2\r\np3\r\n$10\r\n97285.9593\r\n*2\r\n$2\r\np4\r\n$10\r\n97285.9593\r\n*2\r\n$3\r\np38\r\n$10\r\n97973.2458\r\n*2\r\n$4\r\np197\r\n$10\r\n98481.7993\r\n*2\r\n$3\r\np16\r\n$10\r\n99070.0434\r\n*2\r\n$3\r\np86\r\n$10\r\n99740.7940\r\n*2\r\n$4\r\np118\r\n$11\r\n100153.4785\r\n*2\r\n$3\r\np44\r\n$11\r\n100153.4785\r\n*2\r\n$4\r\np203\r\n$11\r\n100713.4118\r\n*2\r\n$3\r\np20\r\n$11\r\n101242.9734\r\n*2\r\n$3\r\np60\r\n$11\r\n101242.9734\r\n*2\r\n$3\r\np62\r\n$11\r\n101242.9734\r\n*2\r\n$3\r\np13\r\n$11\r\n102027.8623\r\n*2\r\n$3\r\np14\r\n$11\r\n102197.7211\r\n*2\r\n$3\r\np40\r\n$11\r\n102202.7591\r\n*2\r\n$4\r\np116\r\n$11\r\n103146.0584\r\n*2\r\n$3\r\np39\r\n$11\r\n103146.0584\r\n*2\r\n$3\r\np59\r\n$11\r\n103237.6958\r\n*2\r\n$4\r\np169\r\n$11\r\n103280.1673\r\n*2\r\n$4\r\np192\r\n$11\r\n103324.2908\r\n*2\r\n$3\r\np26\r\n$11\r\n103385.4519\r\n*2\r\n$4\r\np139\r\n$11\r\n103450.7236\r\n*2\r\n$4\r\np188\r\n$11\r\n103591.6127\r\n*2\r\n$4\r\np100\r\n$11\r\n104500.6311\r\n*2\r\n$4\r\np161\r\n$11\r\n104500.6311\r\n*2\r\n$3\r\np54\r\n$11\r\n106680.3021\r\n*2\r\n$2\r\np6\r\n$11\r\n106680.3021\r\n*2\r\n$3\r\np93\r\n$11\r\n108219.5537\r\n*2\r\n$3\r\np83\r\n$11\r\n108670.7805\r\n*2\r\n$4\r\np165\r\n$11\r\n109163.3854\r\n*2\r\n$4\r\np102\r\n$11\r\n109550.8787\r\n*2\r\n$4\r\np210\r\n$11\r\n110096.3838\r\n*2\r\n$4\r\np176\r\n$11\r\n110474.5581\r\n*2\r\n$2\r\np0\r\n$11\r\n110830.6077\r\n*2\r\n$3\r\np97\r\n$11\r\n111816.1529\r\n*2\r\n$4\r\np166\r\n$11\r\n111918.8284\r\n*2\r\n$4\r\np104\r\n$11\r\n112558.8464\r\n*2\r\n$4\r\np178\r\n$11\r\n112739.5022\r\n*2\r\n$4\r\np179\r\n$11\r\n113748.9148\r\n*2\r\n$4\r\np173\r\n$11\r\n114185.9032\r\n*2\r\n$4\r\np215\r\n$11\r\n114185.9032\r\n*2\r\n$3\r\np18\r\n$11\r\n114536.1727\r\n*2\r\n$4\r\np146\r\n$11\r\n116274.6988\r\n*2\r\n$4\r\np212\r\n$11\r\n117918.1601\r\n*2\r\n$3\r\np46\r\n$11\r\n120073.8276\r\n*2\r\n$3\r\np24\r\n$11\r\n120522.1625\r\n*2\r\n$3\r\np52\r\n$11\r\n121204.4249\r\n*2\r\n$4\r\np147\r\n$11\r\n121385.8419\r\n*2\r\n$3\r\np94\r\n$11\r\n121399.0779\r\n*2\r\n$4\r\np164\r\n$11\r\n121621.3788\r\n*2\r\n$4\r\np144\r\n$11\r\n121684.0248\r\n*2\r\n$3\r\np67\r\n$11\r\n122294.5283\r\n*2\r\n$4\r\np132\r\n$11\r\n122474.2764\r\n*2\r\n$4\r\np190\r\n$11\r\n125138.2171\r\n*2\r\n$4\r\np219\r\n$11\r\n125231.4715\r\n*2\r\n$4\r\np136\r\n$11\r\n125971.4208\r\n*2\r\n$3\r\np76\r\n$11\r\n126226.0454\r\n*2\r\n$3\r\np29\r\n$11\r\n127707.0163\r\n*2\r\n$3\r\np87\r\n$11\r\n129715.7890\r\n*2\r\n$4\r\np115\r\n$11\r\n129922.4052\r\n*2\r\n$4\r\np177\r\n$11\r\n129922.4052\r\n*2\r\n$4\r\np140\r\n$11\r\n130378.2334\r\n*2\r\n$3\r\np17\r\n$11\r\n130848.3362\r\n*2\r\n$3\r\np71\r\n$11\r\n130848.3362\r\n*2\r\n$4\r\np121\r\n$11\r\n131388.0064\r\n*2\r\n$3\r\np35\r\n$11\r\n131555.3454\r\n*2\r\n$3\r\np45\r\n$11\r\n131555.3454\r\n*2\r\n$4\r\np183\r\n$11\r\n131666.5573\r\n*2\r\n$4\r\np211\r\n$11\r\n131666.5573\r\n*2\r\n$4\r\np134\r\n$11\r\n132007.9441\r\n*2\r\n$4\r\np126\r\n$11\r\n133082.1363\r\n*2\r\n$4\r\np168\r\n$11\r\n135949.4280\r\n*2\r\n$3\r\np33\r\n$11\r\n136275.5054\r\n*2\r\n$3\r\np19\r\n$11\r\n136397.7294\r\n*2\r\n$4\r\np160\r\n$11\r\n136537.1195\r\n*2\r\n$3\r\np51\r\n$11\r\n136914.4905\r\n*2\r\n$4\r\np135\r\n$11\r\n138388.3546\r\n*2\r\n$4\r\np145\r\n$11\r\n139339.9524\r\n*2\r\n$4\r\np125\r\n$11\r\n139774.3145\r\n*2\r\n$3\r\np80\r\n$11\r\n141692.2922\r\n*2\r\n$3\r\np10\r\n$11\r\n141731.1416\r\n*2\r\n$2\r\np9\r\n$11\r\n143051.4626\r\n*2\r\n$4\r\np201\r\n$11\r\n143820.8653\r\n*2\r\n$4\r\np108\r\n$11\r\n143892.4367\r\n*2\r\n$3\r\np85\r\n$11\r\n143892.4367\r\n*2\r\n$3\r\np88\r\n$11\r\n145571.9058\r\n*2\r\n$3\r\np41\r\n$11\r\n147559.0873\r\n*2\r\n$3\r\np96\r\n$11\r\n147757.5856\r\n*2\r\n$4\r\np129\r\n$11\r\n148194.8705\r\n*2\r\n$3\r\np68\r\n$11\r\n149628.4755\r\n*2\r\n$4\r\np106\r\n$11\r\n151368.6112\r\n*2\r\n$4\r\np184\r\n$11\r\n151809.6369\r\n*2\r\n$4\r\np207\r\n$11\r\n152196.3529\r\n*2\r\n$4\r\np170\r\n$11\r\n153141.9063\r\n*2\r\n$4\r\np202\r\n$11\r\n153456.1845\r\n*2\r\n$4\r\np113\r\n$11\r\n156046.2847\r\n*2\r\n$3\r\np79\r\n$11\r\n156046.2847\r\n*2\r\n$3\r\np57\r\n$11\r\n156213.4549\r\n*2\r\n$3\r\np42\r\n$11\r\n157178.3736\r\n*2\r\n$4\r\np111\r\n$11\r\n157213.8262\r\n*2\r\n$3\r\np47\r\n$11\r\n157848.3418\r\n*2\r\n$3\r\np89\r\n$11\r\n158747.8067\r\n*2\r\n$4\r\np167\r\n$11\r\n159884.1308\r\n*2\r\n$3\r\np58\r\n$11\r\n161360.7813\r\n*2\r\n$4\r\np174\r\n$11\r\n163357.7606\r\n*2\r\n$3\r\np61\r\n$11\r\n164821.7296\r\n*2\r\n$4\r\np120\r\n$11\r\n164937.8995\r\n*2\r\n$3\r\np37\r\n$11\r\n166059.0059\r\n*2\r\n$4\r\np172\r\n$11\r\n167118.3682\r\n*2\r\n$4\r\np137\r\n$11\r\n168748.1310\r\n*2\r\n$4\r\np151\r\n$11\r\n170546.5697\r\n*2\r\n$3\r\np77\r\n$11\r\n170546.5697\r\n*2\r\n$3\r\np53\r\n$11\r\n174756.7543\r\n*2\r\n$4\r\np204\r\n$11\r\n174774.1711\r\n*2\r\n$4\r\np128\r\n$11\r\n176462.1304\r\n*2\r\n$4\r\np114\r\n$11\r\n177767.2154\r\n*2\r\n$4\r\np101\r\n$11\r\n177776.4598\r\n*2\r\n$3\r\np78\r\n$11\r\n185573.3338\r\n*2\r\n$3\r\np69\r\n$11\r\n186466.0110\r\n*2\r\n$3\r\np98\r\n$11\r\n190548.7717\r\n*2\r\n$3\r\np72\r\n$11\r\n192758.5375\r\n*2\r\n$4\r\np162\r\n$11\r\n205920.6748\r\n
> GEOSEARCH dense FROMLONLAT -180 -85.051129 BYBOX 5807461.929083 28743865.430407 ft ASC COUNT 25
< -ERR invalid longitude,latitude pair -180.000000,-85.051129\r\n
> GEORADIUSBYMEMBER polar p7 44.36434740043567 m DESC WITHDIST COUNT 60
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p45 BYBOX 413634.979121 696826.328536 m COUNT 10 ASC
< *10\r\n$3\r\np45\r\n$3\r\np62\r\n$3\r\np47\r\n$3\r\np28\r\n$2\r\np7\r\n$3\r\np64\r\n$3\r\np14\r\n$3\r\np41\r\n$3\r\np65\r\n$3\r\np61\r\n
> GEORADIUS dense -129.310506 -9.203666458784417 3.942496 km WITHDIST
< *0\r\n
> GEOSEARCH polar FROMLONLAT 96.915345 85.051129 BYRADIUS 48.84053901852677 mi WITHDIST
< -ERR invalid longitude,latitude pair 96.915345,85.051129\r\n
> GEOSEARCH world FROMMEMBER p30 BYRADIUS 903768.223379 ft COUNT 3
< *0\r\n
> GEORADIUSBYMEMBER dateline p55 413197.46335 m ASC
< *40\r\n$3\r\np55\r\n$3\r\np52\r\n$3\r\np85\r\n$3\r\np60\r\n$2\r\np4\r\n$3\r\np76\r\n$3\r\np68\r\n$3\r\np22\r\n$3\r\np78\r\n$3\r\np65\r\n$3\r\np41\r\n$3\r\np67\r\n$2\r\np1\r\n$2\r\np2\r\n$3\r\np57\r\n$3\r\np82\r\n$3\r\np12\r\n$2\r\np3\r\n$3\r\np31\r\n$3\r\np83\r\n$3\r\np54\r\n$3\r\np24\r\n$3\r\np53\r\n$3\r\np74\r\n$3\r\np21\r\n$3\r\np18\r\n$2\r\np8\r\n$3\r\np70\r\n$3\r\np48\r\n$3\r\np23\r\n$3\r\np34\r\n$3\r\np26\r\n$3\r\np45\r\n$3\r\np47\r\n$3\r\np62\r\n$3\r\np28\r\n$3\r\np17\r\n$3\r\np25\r\n$3\r\np64\r\n$2\r\np7\r\n
> GEORADIUSBYMEMBER world p45 5802753.219337 m ASC
< *0\r\n
> GEOSEARCH town FROMMEMBER p23 BYBOX 3739557.994107 1303329.265422 m COUNT 3 WITHHASH ANY
< *3\r\n*2\r\n$2\r\np0\r\n:3221992076625014\r\n*2\r\n$3\r\np16\r\n:3221992076625014\r\n*2\r\n$2\r\np8\r\n:3221992076759240\r\n
> GEOSEARCH town FROMLONLAT -163.807208 85.051129 BYRADIUS 0.943941 km COUNT 2 ASC
< -ERR invalid longitude,latitude pair -163.807208,85.051129\r\n
> GEODIST town p34 p31 m
< $9\r\n3044.2900\r\n
> GEOPOS town p34 p31
< *2\r\n*2\r\n$20\r\n120.0474277138710022\r\n$19\r\n-9.1159890419805123\r\n*2\r\n$21\r\n120.02047687768936157\r\n$20\r\n-9.12239428235016447\r\n
> GEOHASH town p34 p31
< *2\r\n$11\r\nqwmk5srzeb0\r\n$11\r\nqwmk55k4py0\r\n
> GEOSEARCH world FROMLONLAT 28.175644 85.051129 BYBOX 63165.014181 74578.3538 km COUNT 1
< -ERR invalid longitude,latitude pair 28.175644,85.051129\r\n
> GEORADIUSBYMEMBER dateline p24 160.51338450783672 km WITHHASH
< *21\r\n*2\r\n$3\r\np54\r\n:4132777341880428\r\n*2\r\n$3\r\np68\r\n:4132827567908441\r\n*2\r\n$3\r\np65\r\n:4132864720851949\r\n*2\r\n$3\r\np41\r\n:4132871353612184\r\n*2\r\n$2\r\np1\r\n:4132901529364682\r\n*2\r\n$2\r\np2\r\n:4132901529364682\r\n*2\r\n$3\r\np57\r\n:4132901529364682\r\n*2\r\n$3\r\np31\r\n:4132904619625166\r\n*2\r\n$3\r\np82\r\n:4132934584758843\r\n*2\r\n$3\r\np83\r\n:4132940262165254\r\n*2\r\n$2\r\np3\r\n:4132945556894699\r\n*2\r\n$3\r\np21\r\n:4132964464635427\r\n*2\r\n$3\r\np18\r\n:4132967536158833\r\n*2\r\n$3\r\np70\r\n:4133010886309622\r\n*2\r\n$3\r\np24\r\n:4133014513804416\r\n*2\r\n$3\r\np53\r\n:4133014513804416\r\n*2\r\n$3\r\np23\r\n:4133761633395556\r\n*2\r\n$3\r\np34\r\n:4133761633395556\r\n*2\r\n$3\r\np17\r\n:4133812187367655\r\n*2\r\n$3\r\np25\r\n:4133812187367655\r\n*2\r\n$3\r\np14\r\n:4133846999966568\r\n
> GEOSEARCH polar FROMMEMBER p69 BYBOX 194517.70956397758 376898.966003 ft ANY COUNT 60
< *0\r\n
> GEODIST polar p59 p7 km
< $-1\r\n
> GEOPOS polar p59 p7
< *2\r\n*-1\r\n*-1\r\n
> GEOHASH polar p59 p7
< *2\r\n$-1\r\n$-1\r\n
> GEORADIUS town 120.04460128424448 -9.132269693434829 71.38498 km COUNT 6
< *6\r\n$3\r\np12\r\n$3\r\np35\r\n$3\r\np36\r\n$3\r\np13\r\n$2\r\np2\r\n$2\r\np9\r\n
> GEOSEARCH world FROMMEMBER p1 BYBOX 1520.546537 1385.814659 km WITHDIST
< *0\r\n
> GEOSEARCH world FROMMEMBER p72 BYBOX 56947.792854 24217.525754 mi ASC
< *0\r\n
> GEOSEARCHSTORE stored world FROMMEMBER p72 BYBOX 56947.792854 24217.525754 mi ASC STOREDIST
< :0\r\n
> ZRANGE stored 0 -1 WITHSCORES
< *0\r\n
> GEOSEARCH polar FROMLONLAT 101.53988412324273 82.566398 BYBOX 26.847322 17.046091629483534 m
< *0\r\n
> GEOSEARCH polar FROMLONLAT 104.11524576991941 79.672156 BYRADIUS 303.034904 m ASC WITHDIST COUNT 4
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p28 BYRADIUS 253.243993 mi DESC
< *35\r\n$3\r\np55\r\n$3\r\np85\r\n$3\r\np54\r\n$3\r\np21\r\n$3\r\np60\r\n$3\r\np18\r\n$3\r\np83\r\n$3\r\np52\r\n$3\r\np82\r\n$3\r\np68\r\n$3\r\np17\r\n$3\r\np25\r\n$2\r\np3\r\n$3\r\np70\r\n$3\r\np81\r\n$3\r\np89\r\n$2\r\np1\r\n$2\r\np2\r\n$3\r\np57\r\n$3\r\np31\r\n$3\r\np23\r\n$3\r\np34\r\n$3\r\np24\r\n$3\r\np53\r\n$3\r\np87\r\n$3\r\np41\r\n$3\r\np61\r\n$3\r\np65\r\n$3\r\np14\r\n$3\r\np64\r\n$2\r\np7\r\n$3\r\np45\r\n$3\r\np47\r\n$3\r\np62\r\n$3\r\np28\r\n
> GEOSEARCH polar FROMMEMBER p31 BYRADIUS 608.524489 km WITHDIST
< *0\r\n
> GEOSEARCH polar FROMLONLAT 96.685579 85.051129 BYBOX 55.493767 76.855201 mi WITHHASH DESC
< -ERR invalid longitude,latitude pair 96.685579,85.051129\r\n
> GEOSEARCH town FROMMEMBER p9 BYRADIUS 242.18614251771533 m COUNT 3 DESC
< *1\r\n$2\r\np9\r\n
> GEOSEARCH world FROMLONLAT 180 -85.051129 BYBOX 1367.999374 1416.457079587301 mi COUNT 3
< -ERR invalid longitude,latitude pair 180.000000,-85.051129\r\n
> GEOSEARCH dateline FROMLONLAT 179.575551 8.994569 BYRADIUS 1332.941648 mi ASC
< *45\r\n$3\r\np81\r\n$3\r\np87\r\n$3\r\np89\r\n$3\r\np14\r\n$3\r\np17\r\n$3\r\np25\r\n$3\r\np61\r\n$3\r\np23\r\n$3\r\np34\r\n$3\r\np24\r\n$3\r\np53\r\n$3\r\np70\r\n$3\r\np64\r\n$2\r\np7\r\n$3\r\np31\r\n$3\r\np45\r\n$3\r\np47\r\n$3\r\np62\r\n$3\r\np18\r\n$2\r\np1\r\n$2\r\np2\r\n$3\r\np57\r\n$2\r\np3\r\n$3\r\np82\r\n$3\r\np83\r\n$3\r\np28\r\n$3\r\np21\r\n$3\r\np41\r\n$3\r\np54\r\n$3\r\np65\r\n$3\r\np68\r\n$3\r\np60\r\n$3\r\np52\r\n$3\r\np85\r\n$3\r\np48\r\n$3\r\np12\r\n$3\r\np55\r\n$2\r\np4\r\n$3\r\np22\r\n$3\r\np78\r\n$3\r\np26\r\n$3\r\np74\r\n$3\r\np76\r\n$2\r\np8\r\n$3\r\np67\r\n
> GEOSEARCH dense FROMMEMBER p209 BYBOX 72216.33625687391 53029.733898 m ASC
< *17\r\n$4\r\np209\r\n$4\r\np198\r\n$4\r\np131\r\n$4\r\np110\r\n$4\r\np119\r\n$3\r\np92\r\n$4\r\np208\r\n$4\r\np216\r\n$3\r\np49\r\n$3\r\np66\r\n$4\r\np107\r\n$4\r\np213\r\n$4\r\np133\r\n$3\r\np75\r\n$4\r\np105\r\n$3\r\np95\r\n$3\r\np63\r\n
> GEOSEARCH dateline FROMLONLAT 179.748069 7.730013 BYRADIUS 916.250909 km COUNT 4 WITHDIST
< *4\r\n*2\r\n$3\r\np25\r\n$7\r\n67.5220\r\n*2\r\n$3\r\np17\r\n$7\r\n67.5220\r\n*2\r\n$3\r\np70\r\n$7\r\n69.6829\r\n*2\r\n$3\r\np34\r\n$7\r\n85.2591\r\n
> GEOSEARCH dense FROMLONLAT -130.523696 -9.28883 BYBOX 17.255184 3.7903746900776834 km ASC
< *0\r\n
> GEOSEARCH world FROMLONLAT 180 85.051129 BYBOX 0.12418 0.070415 mi ASC
< -ERR invalid longitude,latitude pair 180.000000,85.051129\r\n
> GEORADIUSBYMEMBER polar p19 3352.004137 mi WITHHASH WITHDIST
< *0\r\n
> GEOSEARCH town FROMLONLAT 120.017737 -9.119319 BYRADIUS 335.445546 m COUNT 6 ASC WITHDIST
< *2\r\n*2\r\n$3\r\np22\r\n$8\r\n110.2604\r\n*2\r\n$2\r\np6\r\n$8\r\n238.7320\r\n
> GEORADIUS dateline -180 -11.938493 571.4737647488507 km WITHDIST WITHHASH
< *0\r\n
> GEORADIUS polar 96.844866 85.051129 24076.260068 m WITHDIST WITHHASH COUNT 25
< -ERR invalid longitude,latitude pair 96.844866,85.051129\r\n
> GEOSEARCH dateline FROMMEMBER p83 BYRADIUS 238.305896 mi COUNT 25 WITHHASH DESC
< *25\r\n*2\r\n$3\r\np67\r\n:4129499401386696\r\n*2\r\n$2\r\np8\r\n:4129445820169515\r\n*2\r\n$3\r\np28\r\n:4133705913831238\r\n*2\r\n$3\r\np76\r\n:4129514153394711\r\n*2\r\n$3\r\np64\r\n:4133924296408827\r\n*2\r\n$2\r\np7\r\n:4133924296408827\r\n*2\r\n$3\r\np89\r\n:4134068230263053\r\n*2\r\n$3\r\np61\r\n:4134039785880697\r\n*2\r\n$3\r\np47\r\n:4133708759825330\r\n*2\r\n$3\r\np62\r\n:4133708759825330\r\n*2\r\n$3\r\np87\r\n:4134062027160517\r\n*2\r\n$3\r\np81\r\n:4133886270799619\r\n*2\r\n$3\r\np26\r\n:4129694849729336\r\n*2\r\n$3\r\np74\r\n:4129656777685282\r\n*2\r\n$3\r\np45\r\n:4133696435515373\r\n*2\r\n$3\r\np14\r\n:4133846999966568\r\n*2\r\n$3\r\np78\r\n:4129597532163302\r\n*2\r\n$3\r\np22\r\n:4129597532163302\r\n*2\r\n$3\r\np55\r\n:4132166526945039\r\n*2\r\n$2\r\np4\r\n:4129612427240851\r\n*2\r\n$3\r\np52\r\n:4132600968671664\r\n*2\r\n$3\r\np65\r\n:4132864720851949\r\n*2\r\n$3\r\np48\r\n:4129763296746008\r\n*2\r\n$3\r\np12\r\n:4129724261414375\r\n*2\r\n$3\r\np17\r\n:4133812187367655\r\n
> GEOSEARCH world FROMLONLAT -180 85.051129 BYRADIUS 9392084.376313 m COUNT 60
< -ERR invalid longitude,latitude pair -180.000000,85.051129\r\n
> GEOSEARCH dateline FROMLONLAT 177.30319047341922 5.701552597590146 BYBOX 16226.133993 25871.616705 m DESC COUNT 10 ANY
< *0\r\n
> GEOSEARCH dateline FROMMEMBER p24 BYBOX 23.768107 68.915662 mi DESC WITHDIST
< *2\r\n*2\r\n$3\r\np24\r\n$6\r\n0.0000\r\n*2\r\n$3\r\np53\r\n$6\r\n0.0000\r\n
> GEOSEARCH world FROMLONLAT -180 -85.051129 BYBOX 11899.143055 6833.559503 ft WITHDIST COUNT 60 ASC WITHHASH
< -ERR invalid longitude,latitude pair -180.000000,-85.051129\r\n
> GEOSEARCH polar FROMMEMBER p4 BYRADIUS 32.323236 mi ASC COUNT 6
< *0\r\n
> GEORADIUS town 120.0158431870692 -9.105856 2153.997872156325 m DESC COUNT 60 WITHCOORD
< *11\r\n*2\r\n$3\r\np23\r\n*2\r\n$20\r\n120.0332978367805481\r\n$20\r\n-9.11354810550407279\r\n*2\r\n$3\r\np31\r\n*2\r\n$21\r\n120.02047687768936157\r\n$20\r\n-9.12239428235016447\r\n*2\r\n$3\r\np10\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*2\r\n$2\r\np5\r\n*2\r\n$21\r\n120.01504808664321899\r\n$20\r\n-9.12119028979947899\r\n*2\r\n$3\r\np32\r\n*2\r\n$21\r\n120.02818018198013306\r\n$20\r\n-9.11220470328962051\r\n*2\r\n$3\r\np22\r\n*2\r\n$21\r\n120.01680225133895874\r\n$19\r\n-9.1189572004580981\r\n*2\r\n$3\r\np15\r\n*2\r\n$21\r\n120.02434998750686646\r\n$20\r\n-9.11557841715269745\r\n*2\r\n$2\r\np6\r\n*2\r\n$21\r\n120.01900166273117065\r\n$20\r\n-9.11757324270509883\r\n*2\r\n$3\r\np11\r\n*2\r\n$21\r\n120.01513391733169556\r\n$20\r\n-9.11626025714456745\r\n*2\r\n$3\r\np33\r\n*2\r\n$21\r\n120.02229005098342896\r\n$20\r\n-9.11218189079918517\r\n*2\r\n$3\r\np39\r\n*2\r\n$21\r\n120.01601368188858032\r\n$20\r\n-9.11259251562699291\r\n
> GEOSEARCH dense FROMMEMBER p14 BYRADIUS 8514.735504 m ASC
< *2\r\n$3\r\np14\r\n$4\r\np192\r\n"##;

#[test]
fn randomized_session_matches_redis() {
    let (_s, mut raw) = raw_session();
    let mut lines = RANDOM_SESSION.lines();
    let mut replayed = 0;
    while let Some(command) = lines.next() {
        let command = command.strip_prefix("> ").expect("a command line");
        let expected = lines
            .next()
            .and_then(|l| l.strip_prefix("< "))
            .expect("its reply");
        let args: Vec<&[u8]> = command.split(' ').map(str::as_bytes).collect();
        raw.send_cmd(&args);
        assert_eq!(escape(&raw.read_reply()), expected, "reply to {command}");
        replayed += 1;
    }
    assert_eq!(replayed, 395);
}

#[test]
fn keyspace_events_of_adds_and_stores() {
    let s = TestServer::start();
    let mut sub = keyevent_listener(&s);
    let mut c = s.client();
    let _: i64 = q(&mut c, &["GEOADD", "k", "1", "2", "a", "3", "4", "b"]);
    let _: i64 = q(&mut c, &["GEOADD", "k", "NX", "1", "2", "a"]); // changes nothing: no event
    let _: i64 = q(&mut c, &["GEOADD", "k", "XX", "CH", "1.5", "2", "a"]);
    let _: () = q(&mut c, &["SET", "d", "x"]);
    let _: i64 = q(
        &mut c,
        &["GEORADIUS", "k", "1", "2", "1000", "km", "STORE", "d"],
    );
    let _: i64 = q(
        &mut c,
        &[
            "GEOSEARCHSTORE",
            "d",
            "k",
            "FROMLONLAT",
            "1",
            "2",
            "BYRADIUS",
            "1",
            "m",
        ],
    );
    let _: i64 = q(
        &mut c,
        &[
            "GEOSEARCHSTORE",
            "d",
            "k",
            "FROMLONLAT",
            "1",
            "2",
            "BYRADIUS",
            "1000",
            "km",
            "STOREDIST",
        ],
    );
    let _: i64 = q(
        &mut c,
        &["GEORADIUS", "nokey", "1", "2", "1", "km", "STORE", "d"],
    );
    let _: i64 = q(
        &mut c,
        &["GEORADIUS", "nokey", "1", "2", "1", "km", "STORE", "d"],
    ); // nothing to delete
    assert_eq!(
        read_keyevents(&mut sub),
        [
            "zadd k",
            "zadd k",
            "set d",
            "georadiusstore d",
            "del d",
            "geosearchstore d",
            "del d"
        ]
    );
}

#[test]
fn geoadd_replicates_as_zadd_and_searches_as_themselves() {
    let s = TestServer::start();
    let mut rx = s.handle.server.propagation.subscribe();
    let mut c = s.client();
    let _: i64 = q(&mut c, &["GEOADD", "k", "CH", "1", "2", "a", "3", "4", "b"]);
    let _: i64 = q(&mut c, &["GEOADD", "k", "NX", "1", "2", "a"]); // no change: not propagated
    let _: Vec<String> = q(&mut c, &["GEORADIUS", "k", "1", "2", "1000", "km"]); // a read
    let _: i64 = q(
        &mut c,
        &["GEORADIUS", "k", "1", "2", "1000", "km", "store", "d"],
    );
    let _: i64 = q(
        &mut c,
        &[
            "GEOSEARCHSTORE",
            "d2",
            "k",
            "fromlonlat",
            "1",
            "2",
            "byradius",
            "1000",
            "km",
            "storedist",
        ],
    );
    let _: i64 = q(
        &mut c,
        &["GEORADIUS", "nokey", "1", "2", "1", "km", "store", "d"],
    );
    // As redis-server 7.0.15 wrote them to its AOF.
    assert_eq!(
        propagated_commands(&mut rx),
        [
            "zadd k CH 3378080408407459 a 3379626039612548 b",
            "GEORADIUS k 1 2 1000 km store d",
            "GEOSEARCHSTORE d2 k fromlonlat 1 2 byradius 1000 km storedist",
            "GEORADIUS nokey 1 2 1 km store d",
        ]
    );
}

#[test]
fn stored_results_take_the_encoding_their_size_calls_for() {
    let s = TestServer::start();
    let mut c = s.client();
    let mut args: Vec<String> = vec!["GEOADD".into(), "big".into()];
    for i in 1..=129 {
        args.extend([format!("0.{i}"), format!("0.{i}"), format!("m{i}")]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(q::<i64>(&mut c, &args), 129);
    assert_eq!(encoding_of(&s, "big"), Some("skiplist"));
    let search = [
        "GEOSEARCHSTORE",
        "d",
        "big",
        "FROMLONLAT",
        "0",
        "0",
        "BYRADIUS",
        "1000",
        "km",
    ];
    assert_eq!(
        q::<i64>(&mut c, &[&search[..], &["COUNT", "128"]].concat()),
        128
    );
    assert_eq!(encoding_of(&s, "d"), Some("listpack"));
    assert_eq!(q::<i64>(&mut c, &search), 129);
    assert_eq!(encoding_of(&s, "d"), Some("skiplist"));
    // A member longer than zset-max-listpack-value (64) also needs the big encoding.
    let long = "x".repeat(65);
    assert_eq!(
        q::<i64>(
            &mut c,
            &["GEOADD", "small", "1", "1", &long, "1", "1", "short"]
        ),
        2
    );
    let search = [
        "GEOSEARCHSTORE",
        "d",
        "small",
        "FROMLONLAT",
        "1",
        "1",
        "BYRADIUS",
        "1",
        "km",
    ];
    assert_eq!(
        q::<i64>(&mut c, &[&search[..], &["COUNT", "1", "DESC"]].concat()),
        1
    );
    assert_eq!(
        q::<Vec<String>>(&mut c, &["ZRANGE", "d", "0", "-1"]),
        ["short"]
    );
    assert_eq!(encoding_of(&s, "d"), Some("listpack"));
    assert_eq!(q::<i64>(&mut c, &search), 2);
    assert_eq!(encoding_of(&s, "d"), Some("skiplist"));
}

#[test]
fn command_table_entries() {
    let (_s, mut raw) = raw_session();
    expect_replies(
        &mut raw,
        &[
            (
                r#"COMMAND INFO geoadd geodist geohash geopos georadius georadius_ro georadiusbymember georadiusbymember_ro geosearch geosearchstore"#,
                r#"*10\r\n*10\r\n$6\r\ngeoadd\r\n:-5\r\n*2\r\n+write\r\n+denyoom\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@write\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$7\r\ngeodist\r\n:-4\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$7\r\ngeohash\r\n:-2\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$6\r\ngeopos\r\n:-2\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$9\r\ngeoradius\r\n:-6\r\n*3\r\n+write\r\n+denyoom\r\n+movablekeys\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@write\r\n+@geo\r\n+@slow\r\n*0\r\n*3\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nkeyword\r\n$4\r\nspec\r\n*4\r\n$7\r\nkeyword\r\n$5\r\nSTORE\r\n$9\r\nstartfrom\r\n:6\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nkeyword\r\n$4\r\nspec\r\n*4\r\n$7\r\nkeyword\r\n$9\r\nSTOREDIST\r\n$9\r\nstartfrom\r\n:6\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$12\r\ngeoradius_ro\r\n:-6\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$17\r\ngeoradiusbymember\r\n:-5\r\n*3\r\n+write\r\n+denyoom\r\n+movablekeys\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@write\r\n+@geo\r\n+@slow\r\n*0\r\n*3\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nkeyword\r\n$4\r\nspec\r\n*4\r\n$7\r\nkeyword\r\n$5\r\nSTORE\r\n$9\r\nstartfrom\r\n:5\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$7\r\nkeyword\r\n$4\r\nspec\r\n*4\r\n$7\r\nkeyword\r\n$9\r\nSTOREDIST\r\n$9\r\nstartfrom\r\n:5\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$20\r\ngeoradiusbymember_ro\r\n:-5\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$9\r\ngeosearch\r\n:-7\r\n*1\r\n+readonly\r\n:1\r\n:1\r\n:1\r\n*3\r\n+@read\r\n+@geo\r\n+@slow\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n*10\r\n$14\r\ngeosearchstore\r\n:-8\r\n*2\r\n+write\r\n+denyoom\r\n:1\r\n:2\r\n:1\r\n*3\r\n+@write\r\n+@geo\r\n+@slow\r\n*0\r\n*2\r\n*6\r\n$5\r\nflags\r\n*2\r\n+OW\r\n+update\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:2\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n"#,
            ),
            (
                r#"COMMAND GETKEYS georadius k 1 2 3 m store a storedist b"#,
                r#"*3\r\n$1\r\nk\r\n$1\r\na\r\n$1\r\nb\r\n"#,
            ),
            (
                r#"COMMAND GETKEYS georadiusbymember k m 3 m count 5 store x"#,
                r#"*2\r\n$1\r\nk\r\n$1\r\nx\r\n"#,
            ),
            (
                r#"COMMAND GETKEYS georadius_ro k 1 2 3 m"#,
                r#"*1\r\n$1\r\nk\r\n"#,
            ),
            (
                r#"COMMAND GETKEYS geosearchstore d s frommember m byradius 1 km"#,
                r#"*2\r\n$1\r\nd\r\n$1\r\ns\r\n"#,
            ),
            (
                r#"COMMAND GETKEYSANDFLAGS georadius k 1 2 3 m store a"#,
                r#"*2\r\n*2\r\n$1\r\nk\r\n*2\r\n+RO\r\n+access\r\n*2\r\n$1\r\na\r\n*2\r\n+OW\r\n+update\r\n"#,
            ),
            (r#"COMMAND GETKEYS geoadd k 1 2 m"#, r#"*1\r\n$1\r\nk\r\n"#),
        ],
    );
}

#[test]
fn geoadd_is_counted_as_geoadd_and_works_in_multi() {
    let s = TestServer::start();
    let mut c = s.client();
    let _: i64 = q(&mut c, &["GEOADD", "k", "1", "1", "a"]);
    assert!(err(&mut c, &["GEOADD", "k", "1", "1000", "a"]).starts_with("ERR invalid longitude"));
    let stats: String = q(&mut c, &["INFO", "commandstats"]);
    assert!(stats.contains("cmdstat_geoadd:calls=2,"), "{stats}");
    assert!(stats.contains("failed_calls=1"), "{stats}");
    assert!(!stats.contains("cmdstat_zadd"), "{stats}");

    let mut raw = s.raw();
    expect_replies(
        &mut raw,
        &[
            ("MULTI", r"+OK\r\n"),
            ("GEOADD k 2 2 b", r"+QUEUED\r\n"),
            ("GEODIST k a b km", r"+QUEUED\r\n"),
            ("EXEC", r"*2\r\n:1\r\n$8\r\n157.2701\r\n"),
        ],
    );
}
