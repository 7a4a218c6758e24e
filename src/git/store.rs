//! The persistent history index: the walk's [`Record`]s kept under the repository's git
//! directory (`transync/`), so that a second run reads only the commits made since. A
//! commit's record never changes, so records are keyed by commit id and never updated.
//!
//! The index is a cache, never a source of truth: a file that is missing, of another
//! version or other roots, truncated, damaged (its checksum), contradicted by the
//! object database where new commits meet known ones, or (in a shallow clone) naming
//! commits this repository does not have, is ignored and rebuilt. Written whole to a temporary file, then renamed over the old one,
//! so a reader never sees half a file.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use git2::Oid;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::walk::Record;

/// Bumped whenever what a record means or how it is written changes.
const VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"TSYNCHI\0";

/// Where the index of a repository's history under `roots` lives: one file per set of
/// roots, in the common git directory (shared by linked worktrees, like the objects).
pub(super) fn path(common_dir: &Path, roots: &[String]) -> PathBuf {
    let mut hash = Sha256::new();
    for root in roots {
        hash.update(root.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    common_dir
        .join("transync")
        .join(format!("history-{name}.bin"))
}

/// The records in the index at `path`, empty when there is no usable index.
pub(super) fn load(path: &Path, roots: &[String]) -> HashMap<Oid, Record> {
    read(path, roots).unwrap_or_default()
}

fn read(path: &Path, roots: &[String]) -> Result<HashMap<Oid, Record>> {
    let bytes = std::fs::read(path)?;
    let payload = check(&bytes)?;
    let file: File = postcard::from_bytes(payload)?;
    if file.roots != roots {
        bail!("index made for other roots");
    }
    let path_of = |i: u32| -> Result<&String> {
        file.paths
            .get(i as usize)
            .context("path out of range in the index")
    };
    let oid = |bytes: &[u8; 20]| Oid::from_bytes(bytes).expect("20 bytes");
    let mut out = HashMap::with_capacity(file.commits.len());
    for c in &file.commits {
        let record = Record {
            id: oid(&c.id),
            time: c.time,
            parents: c.parents.iter().map(oid).collect(),
            tree: oid(&c.tree),
            versions: c
                .versions
                .iter()
                .map(|(p, blob)| Ok((path_of(*p)?.clone(), blob.as_ref().map(oid))))
                .collect::<Result<_>>()?,
            touched: c
                .touched
                .iter()
                .map(|p| path_of(*p).cloned())
                .collect::<Result<_>>()?,
            renames: c
                .renames
                .iter()
                .map(|(a, b)| Ok((path_of(*a)?.clone(), path_of(*b)?.clone())))
                .collect::<Result<_>>()?,
            incomplete: c.incomplete,
        };
        out.insert(record.id, record);
    }
    Ok(out)
}

/// The payload of an index file, if its header is this version's and its checksum holds.
fn check(bytes: &[u8]) -> Result<&[u8]> {
    let header = MAGIC.len() + 4 + 32;
    if bytes.len() < header || &bytes[..MAGIC.len()] != MAGIC {
        bail!("not a history index");
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version != VERSION {
        bail!("history index of version {version}");
    }
    let (sum, payload) = bytes[12..].split_at(32);
    if Sha256::digest(payload).as_slice() != sum {
        bail!("history index damaged");
    }
    Ok(payload)
}

/// Writes `records` as the index at `path`, atomically.
pub(super) fn save<'a>(
    path: &Path,
    roots: &[String],
    records: impl Iterator<Item = &'a Record>,
) -> Result<()> {
    let mut paths: Vec<String> = Vec::new();
    let mut numbers: HashMap<&'a str, u32> = HashMap::new();
    let mut number = |p: &'a String| -> u32 {
        *numbers.entry(p.as_str()).or_insert_with(|| {
            paths.push(p.clone());
            (paths.len() - 1) as u32
        })
    };
    let bytes = |id: &Oid| -> [u8; 20] { id.as_bytes().try_into().expect("20-byte ids") };
    let mut commits: Vec<StoredCommit> = records
        .map(|r| StoredCommit {
            id: bytes(&r.id),
            time: r.time,
            parents: r.parents.iter().map(bytes).collect(),
            tree: bytes(&r.tree),
            versions: r
                .versions
                .iter()
                .map(|(p, blob)| (number(p), blob.as_ref().map(bytes)))
                .collect(),
            touched: r.touched.iter().map(&mut number).collect(),
            renames: r
                .renames
                .iter()
                .map(|(a, b)| (number(a), number(b)))
                .collect(),
            incomplete: r.incomplete,
        })
        .collect();
    commits.sort_by_key(|c| c.id);
    let file = File {
        roots: roots.to_vec(),
        paths,
        commits,
    };
    let payload = postcard::to_stdvec(&file)?;
    let mut bytes = Vec::with_capacity(payload.len() + 44);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&VERSION.to_le_bytes());
    bytes.extend_from_slice(&Sha256::digest(&payload));
    bytes.extend_from_slice(&payload);
    write_atomically(path, &bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same directory renamed over
/// it: a reader sees the old file or the new one, never half of one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("a file in a directory")?;
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_data()?;
    temp.persist(path)?;
    Ok(())
}

/// The file: paths once, commits referring to them by number.
#[derive(Serialize, Deserialize)]
struct File {
    roots: Vec<String>,
    paths: Vec<String>,
    commits: Vec<StoredCommit>,
}

#[derive(Serialize, Deserialize)]
struct StoredCommit {
    id: [u8; 20],
    time: i64,
    parents: Vec<[u8; 20]>,
    tree: [u8; 20],
    versions: Vec<(u32, Option<[u8; 20]>)>,
    touched: Vec<u32>,
    renames: Vec<(u32, u32)>,
    incomplete: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oid(n: u8) -> Oid {
        Oid::from_bytes(&[n; 20]).unwrap()
    }

    fn record(n: u8) -> Record {
        Record {
            id: oid(n),
            time: i64::from(n),
            parents: vec![oid(n + 1)],
            tree: oid(100 + n),
            versions: vec![
                ("content/en/a.md".into(), Some(oid(200))),
                ("content/es/a.md".into(), None),
            ],
            touched: vec!["content/en/a.md".into()],
            renames: vec![("content/es/a.md".into(), "content/es/b.md".into())],
            incomplete: n.is_multiple_of(2),
        }
    }

    fn roots() -> Vec<String> {
        vec!["content".to_string(), "locales".to_string()]
    }

    #[test]
    fn records_read_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path(), &roots());
        let records = [record(1), record(2)];
        save(&file, &roots(), records.iter()).unwrap();
        let read = load(&file, &roots());
        assert_eq!(read.len(), 2);
        assert_eq!(read[&oid(1)], records[0]);
        assert_eq!(read[&oid(2)], records[1]);
    }

    #[test]
    fn an_index_that_cannot_be_trusted_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path(), &roots());
        save(&file, &roots(), [record(1)].iter()).unwrap();
        let good = std::fs::read(&file).unwrap();
        // Another set of roots.
        assert!(load(&file, &["docs".to_string()]).is_empty());
        // Truncated.
        std::fs::write(&file, &good[..good.len() - 3]).unwrap();
        assert!(load(&file, &roots()).is_empty());
        // Another version.
        let mut other = good.clone();
        other[8] = other[8].wrapping_add(1);
        std::fs::write(&file, &other).unwrap();
        assert!(load(&file, &roots()).is_empty());
        // One byte of a record changed: the checksum says so.
        let mut damaged = good.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        std::fs::write(&file, &damaged).unwrap();
        assert!(load(&file, &roots()).is_empty());
        // Missing.
        std::fs::remove_file(&file).unwrap();
        assert!(load(&file, &roots()).is_empty());
        std::fs::write(&file, &good).unwrap();
        assert_eq!(load(&file, &roots()).len(), 1);
    }

    #[test]
    fn each_set_of_roots_has_its_own_file() {
        let dir = Path::new("/r/.git");
        assert_ne!(path(dir, &roots()), path(dir, &["content".to_string()]));
        assert!(path(dir, &roots()).starts_with("/r/.git/transync"));
    }
}
