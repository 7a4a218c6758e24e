//! Writes that cannot complete: a full disk (tmpfs, or RLIMIT_FSIZE), outputs in the wrong
//! place. The originals stay intact and the message names the path.

use crate::harness::*;

/// A repository with a few pages to bundle.
fn bundled() -> TestRepo {
    let (repo, _) = translated();
    // Words drawn by a small LCG: text that compresses poorly, so that the archive too
    // is larger than the limits below.
    let mut state: u64 = 17;
    let long: String = (0..40_000)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("w{:x} ", state >> 40)
        })
        .collect();
    repo.write("content/en/long.md", &page("L", "", &long));
    repo.commit("a long page");
    repo
}

/// The messages a full disk must not show.
const ZIP_INTERNALS: &[&str] = &["ZipWriter", "finalize", "Io(", "Os {"];

/// `bundle --out` on a full tmpfs: exit 2, the path named, no zip internals, nothing left
/// half-written, the repository untouched.
#[test]
fn bundle_on_a_full_disk_names_the_path() {
    let fs = match Tmpfs::mount("64k") {
        Ok(fs) => fs,
        Err(why) => {
            // Mounting needs CAP_SYS_ADMIN, which a container may not grant: the same
            // guarantees are then checked against a file-size limit, the other way a
            // write runs out of room.
            eprintln!("no tmpfs ({why}): checking the full disk as a file-size limit");
            return bundle_past_the_file_size_limit_names_the_path();
        }
    };
    // Prove the disk is small: 128 KiB do not fit.
    assert!(
        std::fs::write(fs.path().join("probe"), vec![0u8; 128 << 10]).is_err(),
        "cannot create the condition: the tmpfs took 128 KiB"
    );
    std::fs::remove_file(fs.path().join("probe")).unwrap();
    let repo = bundled();
    let tree = Unchanged::with_git(repo.path());
    let out = fs.path().join("dist");
    for archive in ["zip", "tar.gz", "dir"] {
        let run = run(
            repo.path(),
            &[
                "bundle",
                "--out",
                out.to_str().unwrap(),
                "--archive",
                archive,
            ],
        );
        expect(&run, 2, &[out.to_str().unwrap(), "the disk is full"]);
        refute(&run, ZIP_INTERNALS);
        let left: Vec<_> = std::fs::read_dir(&out)
            .map(|d| d.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{archive}: left {left:?}");
    }
    tree.check();
}

/// The same with files limited in size (works for any user on Linux): EFBIG.
#[test]
fn bundle_past_the_file_size_limit_names_the_path() {
    let repo = bundled();
    std::fs::create_dir(repo.path().join("out")).unwrap();
    let tree = Unchanged::with_git(repo.path());
    for archive in ["zip", "tar.gz", "dir"] {
        let run = run_with_write_limit(
            repo.path(),
            &["bundle", "--out", "out", "--archive", archive],
            4096,
        );
        expect(&run, 2, &["out/"]);
        refute(&run, ZIP_INTERNALS);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(all.contains("too large") || all.contains("limit"), "{all}");
        tree.check();
    }
}

/// `scaffold` and `mark` on a full disk: the original intact, the path named.
#[test]
fn scaffold_and_mark_on_a_full_disk_keep_every_original() {
    let (repo, _) = translated();
    repo.write(
        "content/en/a.md",
        &page("A", "", "## Intro\n\nCities learn fast."),
    );
    repo.commit("English edit");
    let tree = Unchanged::with_git(repo.path());
    let mark = run_with_write_limit(repo.path(), &["mark", "content/es/a.md"], 16);
    expect(&mark, 2, &["content/es/a.md"]);
    tree.check();
    let scaffold = run_with_write_limit(repo.path(), &["scaffold", "--lang", "fr"], 16);
    expect(&scaffold, 2, &["content/fr/"]);
    tree.check();
}

/// `bundle --out content/es/dist` would be an orphaned translation next time: refused.
#[test]
fn bundle_out_inside_a_content_root_is_refused() {
    let repo = bundled();
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["bundle", "--out", "content/es/dist"]);
    expect(&run, 2, &["content/es/dist", "inside content/"]);
    tree.check();
}

/// `--out` that is a link to a directory outside is where the user asked: written there,
/// but the repository itself stays untouched.
#[test]
fn init_never_replaces_a_configuration() {
    let (repo, _) = translated();
    repo.write("transync.toml", "# mine\n");
    let tree = Unchanged::with_git(repo.path());
    let run = run(repo.path(), &["init"]);
    expect(&run, 2, &["transync.toml"]);
    tree.check();
}
