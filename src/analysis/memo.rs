//! Results of the costly comparisons remembered across runs: the drift of a translation
//! from its English, keyed by the two texts, and how the English changed since a base,
//! keyed by the English then and now, the translation and the settings. A run where few
//! files changed then parses only those.
//!
//! Pure: the memo is bytes in and bytes out; the command layer keeps them in the git
//! directory. A key is a digest of the texts themselves (not of git's blob ids, which a
//! working-tree file with other line endings shares), so a hit is the same input; the
//! bytes carry a stamp of the build and a stale or damaged memo is simply empty.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::compare::Comparison;
use crate::model::Severity;
use crate::model::i18n::{Arg, Message};
use crate::report::{ChangedBlock, Drift, Op};

/// Bumped when what is remembered changes meaning.
const VERSION: u32 = 2;

/// A digest of some text, the part of a key that names it.
pub(crate) type Digest16 = [u8; 16];

pub(crate) fn digest(parts: &[&[u8]]) -> Digest16 {
    let mut hash = Sha256::new();
    for part in parts {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    hash.finalize()[..16].try_into().expect("16 bytes")
}

/// How the English changed between a base and now, as the analysis of a document needs it.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    pub lines_added: u32,
    pub lines_removed: u32,
    pub comparison: Comparison,
}

/// What the analysis needs of a file's text once its comparisons are remembered, keyed by
/// the file's blob id (known from git's index without reading the file): the digest that
/// names the text in the other keys and, for a translation, what its front matter
/// records. A file whose facts are known is not read at all. Only files found sound are
/// remembered (valid UTF-8, front matter that parses): a broken file is read every run and
/// says why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Facts {
    pub digest: Digest16,
    /// The recorded base: which key, its value, its line.
    pub base: Option<(String, String, usize)>,
    pub draft: bool,
}

/// The remembered results, those read and those found in this run.
#[derive(Default)]
pub(crate) struct Memo {
    /// Stamp of the build and settings the results hold for.
    stamp: Digest16,
    drift: Mutex<HashMap<Digest16, Vec<DriftRec>>>,
    changes: Mutex<HashMap<Digest16, ChangeRec>>,
    facts: Mutex<HashMap<Digest16, Facts>>,
    /// Whether this run found anything new (the memo is worth writing).
    grown: Mutex<bool>,
    /// Keys used in this run: after a run over every document, only those are written
    /// back.
    used: Mutex<HashSet<Digest16>>,
}

impl Memo {
    /// A memo from bytes written by [`Memo::to_bytes`] under the same `stamp`; empty when
    /// they are of another build or settings, or damaged.
    pub(crate) fn from_bytes(bytes: &[u8], stamp: Digest16) -> Memo {
        // A checksum first: a damaged memo must not deserialize into other results.
        let file: Option<File> = (bytes.len() >= 32)
            .then(|| bytes.split_at(32))
            .filter(|(sum, payload)| Sha256::digest(payload).as_slice() == *sum)
            .and_then(|(_, payload)| postcard::from_bytes(payload).ok());
        match file {
            Some(file) if file.version == VERSION && file.stamp == stamp => Memo {
                stamp,
                drift: Mutex::new(file.drift.into_iter().collect()),
                changes: Mutex::new(file.changes.into_iter().collect()),
                facts: Mutex::new(file.facts.into_iter().collect()),
                ..Memo::default()
            },
            _ => Memo::empty(stamp),
        }
    }

    pub(crate) fn empty(stamp: Digest16) -> Memo {
        Memo {
            stamp,
            ..Memo::default()
        }
    }

    /// The bytes to keep, when this run found something new or, with `prune` (a run over
    /// every document), left something unused, which is then dropped: the memo follows
    /// the files as they are, not every version ever seen.
    pub(crate) fn to_bytes(&self, prune: bool) -> Option<Vec<u8>> {
        let used = self.used.lock().expect("memo");
        let drift = self.drift.lock().expect("memo");
        let changes = self.changes.lock().expect("memo");
        let facts = self.facts.lock().expect("memo");
        let grown = *self.grown.lock().expect("memo");
        let unused = used.len() < drift.len() + changes.len() + facts.len();
        if !(grown || prune && unused) {
            return None;
        }
        let keep = |k: &Digest16| !prune || used.contains(k);
        let mut file = File {
            version: VERSION,
            stamp: self.stamp,
            drift: drift
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (*k, v.clone()))
                .collect(),
            changes: changes
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (*k, v.clone()))
                .collect(),
            facts: facts
                .iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (*k, v.clone()))
                .collect(),
        };
        file.drift.sort_by_key(|(k, _)| *k);
        file.changes.sort_by_key(|(k, _)| *k);
        file.facts.sort_by_key(|(k, _)| *k);
        let payload = postcard::to_stdvec(&file).ok()?;
        let mut bytes = Sha256::digest(&payload).to_vec();
        bytes.extend_from_slice(&payload);
        Some(bytes)
    }

    /// The drift under `key`, computed by `compute` when not remembered.
    pub(crate) fn drift(&self, key: Digest16, compute: impl FnOnce() -> Vec<Drift>) -> Vec<Drift> {
        self.used.lock().expect("memo").insert(key);
        if let Some(found) = self.drift.lock().expect("memo").get(&key) {
            return found.iter().map(DriftRec::to_drift).collect();
        }
        let drift = compute();
        let rec = drift.iter().map(DriftRec::from_drift).collect();
        self.drift.lock().expect("memo").insert(key, rec);
        *self.grown.lock().expect("memo") = true;
        drift
    }

    /// The facts remembered under `key`, if any.
    pub(crate) fn facts(&self, key: Digest16) -> Option<Facts> {
        let found = self.facts.lock().expect("memo").get(&key).cloned();
        if found.is_some() {
            self.used.lock().expect("memo").insert(key);
        }
        found
    }

    /// Remembers the facts of a file found sound.
    pub(crate) fn remember_facts(&self, key: Digest16, facts: Facts) {
        self.used.lock().expect("memo").insert(key);
        self.facts.lock().expect("memo").insert(key, facts);
        *self.grown.lock().expect("memo") = true;
    }

    /// The change under `key`, computed by `compute` when not remembered.
    pub(crate) fn change(&self, key: Digest16, compute: impl FnOnce() -> Change) -> Change {
        self.used.lock().expect("memo").insert(key);
        if let Some(found) = self.changes.lock().expect("memo").get(&key) {
            return found.to_change();
        }
        let change = compute();
        self.changes
            .lock()
            .expect("memo")
            .insert(key, ChangeRec::from_change(&change));
        *self.grown.lock().expect("memo") = true;
        change
    }
}

#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    stamp: Digest16,
    drift: Vec<(Digest16, Vec<DriftRec>)>,
    changes: Vec<(Digest16, ChangeRec)>,
    facts: Vec<(Digest16, Facts)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct DriftRec {
    what: String,
    message: MessageRec,
    english_line: Option<usize>,
    translation_line: Option<usize>,
    major: bool,
}

impl DriftRec {
    fn from_drift(d: &Drift) -> DriftRec {
        DriftRec {
            what: d.what.clone(),
            message: MessageRec::from(&d.message),
            english_line: d.english_line,
            translation_line: d.translation_line,
            major: d.severity == Severity::Major,
        }
    }

    fn to_drift(&self) -> Drift {
        Drift {
            what: self.what.clone(),
            message: self.message.to_message(),
            english_line: self.english_line,
            translation_line: self.translation_line,
            severity: severity(self.major),
        }
    }
}

fn severity(major: bool) -> Severity {
    if major {
        Severity::Major
    } else {
        Severity::Minor
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct MessageRec {
    id: String,
    args: Vec<(String, ArgRec)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
enum ArgRec {
    Text(String),
    Number(i64),
    Message(Box<MessageRec>),
}

impl MessageRec {
    fn from(m: &Message) -> MessageRec {
        MessageRec {
            id: m.id.to_string(),
            args: m
                .args
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(text) => ArgRec::Text(text.clone()),
                        Arg::Number(n) => ArgRec::Number(*n),
                        Arg::Message(m) => ArgRec::Message(Box::new(MessageRec::from(m))),
                    };
                    (name.to_string(), arg)
                })
                .collect(),
        }
    }

    fn to_message(&self) -> Message {
        Message {
            id: intern(&self.id),
            args: self
                .args
                .iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        ArgRec::Text(text) => Arg::Text(text.clone()),
                        ArgRec::Number(n) => Arg::Number(*n),
                        ArgRec::Message(m) => Arg::Message(Box::new(m.to_message())),
                    };
                    (intern(name), arg)
                })
                .collect(),
        }
    }
}

/// Message ids and argument names are `&'static str` in a [`Message`]; those read back
/// are a few hundred names at most, each leaked once.
pub(crate) fn intern(name: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES.get_or_init(Default::default).lock().expect("names");
    if let Some(found) = names.get(name) {
        return found;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ChangeRec {
    lines_added: u32,
    lines_removed: u32,
    cosmetic: u32,
    changed: Vec<BlockRec>,
}

type Lines = Option<(usize, usize)>;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct BlockRec {
    kind: String,
    op: u8,
    before: Option<String>,
    after: Option<String>,
    english_before: Lines,
    english_after: Lines,
    translation: Lines,
    major: bool,
}

fn lines(range: &Option<Range<usize>>) -> Lines {
    range.as_ref().map(|r| (r.start, r.end))
}

fn range(lines: Lines) -> Option<Range<usize>> {
    lines.map(|(start, end)| start..end)
}

impl ChangeRec {
    fn from_change(change: &Change) -> ChangeRec {
        ChangeRec {
            lines_added: change.lines_added,
            lines_removed: change.lines_removed,
            cosmetic: change.comparison.cosmetic,
            changed: change
                .comparison
                .changed
                .iter()
                .map(|b| BlockRec {
                    kind: b.kind.clone(),
                    op: match b.op {
                        Op::Added => 0,
                        Op::Removed => 1,
                        Op::Changed => 2,
                    },
                    before: b.before.clone(),
                    after: b.after.clone(),
                    english_before: lines(&b.english_before),
                    english_after: lines(&b.english_after),
                    translation: lines(&b.translation),
                    major: b.severity == Severity::Major,
                })
                .collect(),
        }
    }

    fn to_change(&self) -> Change {
        Change {
            lines_added: self.lines_added,
            lines_removed: self.lines_removed,
            comparison: Comparison {
                cosmetic: self.cosmetic,
                changed: self
                    .changed
                    .iter()
                    .map(|b| ChangedBlock {
                        kind: b.kind.clone(),
                        op: match b.op {
                            0 => Op::Added,
                            1 => Op::Removed,
                            _ => Op::Changed,
                        },
                        before: b.before.clone(),
                        after: b.after.clone(),
                        english_before: range(b.english_before),
                        english_after: range(b.english_after),
                        translation: range(b.translation),
                        severity: severity(b.major),
                    })
                    .collect(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drift() -> Vec<Drift> {
        vec![Drift {
            what: "heading".into(),
            message: msg!("plain", text = "a heading"),
            english_line: Some(3),
            translation_line: None,
            severity: Severity::Major,
        }]
    }

    #[test]
    fn remembered_drift_reads_back_as_computed() {
        let memo = Memo::empty([1; 16]);
        let key = digest(&[b"en", b"es"]);
        assert_eq!(memo.drift(key, drift), drift());
        let bytes = memo.to_bytes(true).expect("something new");
        let again = Memo::from_bytes(&bytes, [1; 16]);
        assert_eq!(again.drift(key, || panic!("remembered")), drift());
        // Nothing new, nothing unused: nothing to write.
        assert!(again.to_bytes(true).is_none());
        // A run over one other document keeps what it did not use; a run over all drops it.
        let partial = Memo::from_bytes(&bytes, [1; 16]);
        partial.drift(digest(&[b"other"]), Vec::new);
        let kept = Memo::from_bytes(&partial.to_bytes(false).unwrap(), [1; 16]);
        assert_eq!(kept.drift.lock().unwrap().len(), 2);
        let all = Memo::from_bytes(&bytes, [1; 16]);
        all.drift(digest(&[b"other"]), Vec::new);
        let pruned = Memo::from_bytes(&all.to_bytes(true).unwrap(), [1; 16]);
        assert_eq!(pruned.drift.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_memo_of_another_build_or_damaged_is_empty() {
        let memo = Memo::empty([1; 16]);
        let key = digest(&[b"en", b"es"]);
        memo.drift(key, drift);
        let bytes = memo.to_bytes(true).unwrap();
        let mut computed = false;
        Memo::from_bytes(&bytes, [2; 16]).drift(key, || {
            computed = true;
            drift()
        });
        assert!(computed);
        let other = Memo::from_bytes(&bytes[..bytes.len() / 2], [1; 16]);
        assert!(other.drift.lock().unwrap().is_empty());
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(
            Memo::from_bytes(&flipped, [1; 16])
                .drift
                .lock()
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn digests_tell_apart_how_texts_are_split() {
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
    }
}
