//! Writing a bundle: a zip, a gzipped tarball or a directory, byte-for-byte reproducible
//! (entries sorted, times from the commit, fixed permissions, no owner names) and atomic
//! (written under a temporary name in the output directory, then renamed), never
//! replacing a file transync did not create.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};

use crate::model::Hinted;

/// A file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ArchiveFile {
    /// `/`-separated, relative to the bundle root.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl ArchiveFile {
    /// The SHA-256 of the bytes, in hex, as the manifest records it.
    pub(crate) fn sha256(&self) -> String {
        Sha256::digest(&self.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Zip,
    #[value(name = "tar.gz")]
    TarGz,
    Dir,
}

impl Format {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Zip => ".zip",
            Format::TarGz => ".tar.gz",
            Format::Dir => "",
        }
    }
}

/// The marker in `manifest.json` that says transync wrote a bundle.
const MARKER: &str = "\"tool\": \"transync\"";

/// Temporary outputs being written. An interrupt (Ctrl-C, SIGTERM) removes them before
/// the process exits, so an interrupted run leaves neither a partial archive nor its
/// temporary file; [`remove_pending`] is the handler's work.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A temporary output registered in [`PENDING`] for as long as it lives.
struct Pending(PathBuf);

impl Pending {
    fn new(path: &Path) -> Pending {
        pending().push(path.to_path_buf());
        Pending(path.to_path_buf())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        pending().retain(|path| path != &self.0);
    }
}

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic elsewhere must not stop the cleanup: the list itself is always valid.
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Removes the temporary outputs still being written (called on interrupt).
pub(crate) fn remove_pending() {
    for path in pending().drain(..) {
        let _ = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
}

/// Writes `files` as `out/name` (with the format's extension) and returns its path.
/// `time` (Unix seconds, the commit's) is every file's modification time.
pub(crate) fn write(
    out: &Path,
    name: &str,
    format: Format,
    files: &[ArchiveFile],
    time: i64,
) -> Result<PathBuf> {
    std::fs::create_dir_all(out)
        .with_context(|| tr!("fs-cannot-create", path = out.display().to_string()))?;
    let target = out.join(format!("{name}{}", format.extension()));
    if target.exists() || target.is_symlink() {
        refuse_unless_ours(&target, format)?;
    }
    let mut files: Vec<&ArchiveFile> = files.iter().collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    // Two files for one path would make the package depend on their order: refuse.
    if let Some(pair) = files.windows(2).find(|pair| pair[0].path == pair[1].path) {
        bail!(tr!("bundle-duplicate-path", path = pair[0].path.as_str()));
    }
    match format {
        Format::Zip | Format::TarGz => {
            let mut file = tempfile::Builder::new()
                .prefix(".transync-")
                .suffix(".partial")
                .tempfile_in(out)
                .map_err(|err| write_failed(&target, &err.into()))?;
            let _pending = Pending::new(file.path());
            let written = match format {
                Format::Zip => write_zip(file.as_file_mut(), &files, time),
                _ => write_tar_gz(file.as_file_mut(), &files, time),
            };
            written
                .and_then(|()| file.as_file().sync_all().map_err(Into::into))
                .map_err(|err| write_failed(&target, &err))?;
            set_mode(file.path(), 0o644)?;
            // On failure the temporary file is deleted when `file` drops.
            file.persist(&target)
                .map_err(|e| e.error)
                .with_context(|| tr!("fs-cannot-replace", path = target.display().to_string()))?;
        }
        Format::Dir => {
            let dir = tempfile::Builder::new()
                .prefix(".transync-")
                .suffix(".partial")
                .tempdir_in(out)
                .map_err(|err| write_failed(&target, &err.into()))?;
            let _pending = Pending::new(dir.path());
            for file in &files {
                let path = dir.path().join(&file.path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).with_context(|| {
                        tr!("fs-cannot-create", path = parent.display().to_string())
                    })?;
                }
                std::fs::write(&path, &file.bytes)
                    .map_err(|err| write_failed(&target, &err.into()))?;
            }
            set_mode(dir.path(), 0o755)?;
            if target.exists() {
                // Ours (checked above): move it aside, put the new one in place, delete it.
                let old = tempfile::Builder::new()
                    .prefix(".transync-")
                    .suffix(".old")
                    .tempdir_in(out)?;
                let aside = old.path().join("bundle");
                std::fs::rename(&target, &aside).with_context(|| {
                    tr!("fs-cannot-replace", path = target.display().to_string())
                })?;
                std::fs::rename(dir.path(), &target).with_context(|| {
                    tr!("fs-cannot-replace", path = target.display().to_string())
                })?;
                let _ = dir.keep();
            } else {
                let kept = dir.keep();
                std::fs::rename(&kept, &target).with_context(|| {
                    tr!("fs-cannot-replace", path = target.display().to_string())
                })?;
            }
        }
    }
    Ok(target)
}

/// A failed write of the output `target`, said of `target` (its temporary file is gone by
/// the time anyone reads this).
fn write_failed(target: &Path, err: &anyhow::Error) -> anyhow::Error {
    let dir = target.parent().unwrap_or(target).display().to_string();
    crate::model::paths::write_failed(target, err, |kind| {
        tr!("hint-bundle-write-failed", kind = kind, dir = dir)
    })
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .with_context(|| tr!("fs-cannot-set-permissions"))
}

/// An existing output is replaced only when it is a bundle transync wrote.
fn refuse_unless_ours(target: &Path, format: Format) -> Result<()> {
    let ours = match format {
        Format::Dir => {
            target.is_dir()
                && !target.is_symlink()
                && std::fs::read_to_string(target.join("manifest.json"))
                    .is_ok_and(|m| m.contains(MARKER))
        }
        Format::Zip => target.is_file() && !target.is_symlink() && zip_manifest(target).is_some(),
        Format::TarGz => {
            target.is_file() && !target.is_symlink() && tar_gz_manifest(target).is_some()
        }
    };
    if !ours {
        bail!(Hinted::new(
            tr!(
                "bundle-refuse-overwrite",
                path = target.display().to_string()
            ),
            tr!("bundle-refuse-overwrite-hint")
        ));
    }
    Ok(())
}

fn zip_manifest(path: &Path) -> Option<()> {
    let file = std::fs::File::open(path).ok()?;
    let mut archive = zip::ZipArchive::new(file).ok()?;
    let mut manifest = archive.by_name("manifest.json").ok()?;
    let mut text = String::new();
    manifest.read_to_string(&mut text).ok()?;
    text.contains(MARKER).then_some(())
}

fn tar_gz_manifest(path: &Path) -> Option<()> {
    let file = std::fs::File::open(path).ok()?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    for entry in archive.entries().ok()? {
        let mut entry = entry.ok()?;
        if entry.path().ok()?.as_os_str() == "manifest.json" {
            let mut text = String::new();
            entry.read_to_string(&mut text).ok()?;
            return text.contains(MARKER).then_some(());
        }
    }
    None
}

fn write_zip(output: &mut std::fs::File, files: &[&ArchiveFile], time: i64) -> Result<()> {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(dos_time(time))
        .unix_permissions(0o644);
    // Built in memory (a bundle holds pages, not media libraries), then written at once: a
    // zip writer that fails on the file (a full disk) prints its own debug output to stderr
    // when dropped, and the write's error is then plain I/O.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for file in files {
        zip.start_file(file.path.as_str(), options)?;
        zip.write_all(&file.bytes)?;
    }
    let bytes = zip.finish()?.into_inner();
    output.write_all(&bytes)?;
    output.flush()?;
    Ok(())
}

/// The commit time as a zip (MS-DOS) time, in UTC; zip cannot say anything before 1980.
fn dos_time(time: i64) -> zip::DateTime {
    let parts = jiff::Timestamp::from_second(time)
        .ok()
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).datetime());
    parts
        .and_then(|d| {
            zip::DateTime::from_date_and_time(
                u16::try_from(d.year()).ok()?,
                u8::try_from(d.month()).ok()?,
                u8::try_from(d.day()).ok()?,
                u8::try_from(d.hour()).ok()?,
                u8::try_from(d.minute()).ok()?,
                u8::try_from(d.second()).ok()?,
            )
            .ok()
        })
        .unwrap_or_default()
}

fn write_tar_gz(output: &mut std::fs::File, files: &[&ArchiveFile], time: i64) -> Result<()> {
    let mtime = u64::try_from(time).unwrap_or(0);
    // No file name and a fixed time in the gzip header: the bytes depend on content only.
    let gz = flate2::GzBuilder::new()
        .mtime(u32::try_from(mtime).unwrap_or(0))
        .write(output, flate2::Compression::default());
    let mut tar = tar::Builder::new(gz);
    tar.mode(tar::HeaderMode::Deterministic);
    for file in files {
        let mut header = tar::Header::new_ustar();
        header.set_size(file.bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(mtime);
        header.set_uid(0);
        header.set_gid(0);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, &file.path, file.bytes.as_slice())?;
    }
    let gz = tar.into_inner()?;
    gz.finish()?.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupt_removes_the_outputs_being_written_and_only_those() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".transync-a.partial");
        let tree = dir.path().join(".transync-b.partial");
        let done = dir.path().join("transync-es-1234567.zip");
        std::fs::write(&file, "half").unwrap();
        std::fs::create_dir_all(tree.join("sub")).unwrap();
        std::fs::write(tree.join("sub/page.html"), "x").unwrap();
        std::fs::write(&done, "whole").unwrap();
        let first = Pending::new(&file);
        let _second = Pending::new(&tree);
        {
            // Written and renamed into place: no longer pending.
            let _third = Pending::new(&done);
        }
        remove_pending();
        assert!(!file.exists() && !tree.exists());
        assert!(done.exists());
        drop(first);
        assert!(pending().iter().all(|p| !p.starts_with(dir.path())));
    }
}
