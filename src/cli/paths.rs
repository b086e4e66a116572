//! How `recoupe check` names files: relative to the current directory, so that a
//! report reads the same wherever the corpus was loaded from; and as URIs, for SARIF.

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use std::path::{Component, Path, PathBuf};

/// The characters a URI path segment cannot hold as they are (RFC 3986: anything
/// but unreserved characters, sub-delimiters, `:` and `@`).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The current directory, against which files are named.
#[derive(Debug, Clone)]
pub struct Paths {
    cwd: Option<PathBuf>,
}

impl Paths {
    /// Paths against the process's current directory (none when it cannot be read:
    /// then files keep the names they were loaded under).
    pub fn from_cwd() -> Paths {
        let cwd = std::env::current_dir().ok();
        let cwd = cwd.map(|d| d.canonicalize().unwrap_or(d));
        Paths { cwd }
    }

    /// Paths against `dir`.
    #[cfg(test)]
    pub fn against(dir: impl Into<PathBuf>) -> Paths {
        Paths {
            cwd: Some(dir.into()),
        }
    }

    /// `path` relative to the current directory: a relative path as it was given
    /// (it is already relative to it), an absolute one with `..` where it lies
    /// outside, as long as it shares a folder with the current directory. A path that
    /// shares only the root with it (`/tmp/…` seen from `/home/…`) stays absolute:
    /// a chain of `..` up to the root would only be longer.
    pub fn relative(&self, path: &Path) -> PathBuf {
        if path.is_relative() {
            return path.to_path_buf();
        }
        let Some(cwd) = self.cwd.as_deref() else {
            return path.to_path_buf();
        };
        let shared = path
            .components()
            .zip(cwd.components())
            .take_while(|(a, b)| a == b)
            .filter(|(a, _)| matches!(a, Component::Normal(_)))
            .count();
        if shared == 0 {
            return path.to_path_buf();
        }
        pathdiff::diff_paths(path, cwd)
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| path.to_path_buf())
    }

    /// `relative(path)` as text.
    pub fn shown(&self, path: &Path) -> String {
        self.relative(path).display().to_string()
    }

    /// The current directory as a `file:` URI ending in `/`: the base SARIF resolves
    /// relative URIs against.
    pub fn base_uri(&self) -> Option<String> {
        let cwd = self.cwd.as_deref()?;
        let mut uri = file_uri(cwd)?;
        if !uri.ends_with('/') {
            uri.push('/');
        }
        Some(uri)
    }

    /// A file as SARIF names it: a relative URI reference (to be resolved against
    /// `base_uri`) for a file under the current directory, else an absolute `file:`
    /// URI, or a relative reference with `..` when no absolute one can be had.
    pub fn uri(&self, path: &Path) -> FileUri {
        let rel = self.relative(path);
        let under_cwd = rel.is_relative()
            && rel
                .components()
                .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
        if !under_cwd {
            let abs = if path.is_absolute() {
                Some(path.to_path_buf())
            } else {
                self.cwd.as_deref().map(|cwd| cwd.join(path))
            };
            // `a/../b` names the same file as `b`: write the latter when it exists.
            let abs = abs.map(|p| p.canonicalize().unwrap_or(p));
            if let Some(uri) = abs.as_deref().and_then(file_uri) {
                return FileUri::Absolute(uri);
            }
        }
        let segments: Vec<String> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(encode(&s.to_string_lossy())),
                Component::ParentDir => Some("..".to_string()),
                _ => None,
            })
            .collect();
        FileUri::Relative(segments.join("/"))
    }
}

/// A file's URI for SARIF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileUri {
    /// Relative to the current directory (`uriBaseId`).
    Relative(String),
    /// `file:///…`.
    Absolute(String),
}

fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// `file:///a/b` for an absolute path (`file:///C:/a/b` on Windows).
fn file_uri(path: &Path) -> Option<String> {
    if !path.is_absolute() {
        return None;
    }
    let mut uri = String::from("file://");
    for c in path.components() {
        match c {
            Component::Prefix(p) => {
                uri.push('/');
                uri.push_str(&encode(&p.as_os_str().to_string_lossy()));
            }
            Component::RootDir => {}
            Component::Normal(s) => {
                uri.push('/');
                uri.push_str(&encode(&s.to_string_lossy()));
            }
            Component::CurDir => {}
            Component::ParentDir => uri.push_str("/.."),
        }
    }
    if uri == "file://" {
        uri.push('/');
    }
    Some(uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check(cwd, path, expected relative path, expected URI)`.
    fn check(cwd: &str, path: &str, shown: &str, uri: FileUri) {
        let paths = Paths::against(cwd);
        assert_eq!(paths.shown(Path::new(path)), shown, "{path} from {cwd}");
        assert_eq!(paths.uri(Path::new(path)), uri, "URI of {path} from {cwd}");
    }

    #[cfg(unix)]
    #[test]
    fn files_are_named_from_the_current_directory() {
        use FileUri::*;
        check(
            "/w/news",
            "drafts/crue.md",
            "drafts/crue.md",
            Relative("drafts/crue.md".into()),
        );
        check(
            "/w/news",
            "/w/news/sources/a.txt",
            "sources/a.txt",
            Relative("sources/a.txt".into()),
        );
        check(
            "/w/news",
            "/w/archive/b.txt",
            "../archive/b.txt",
            Absolute("file:///w/archive/b.txt".into()),
        );
        check(
            "/w/news",
            "/tmp/c.txt",
            "/tmp/c.txt",
            Absolute("file:///tmp/c.txt".into()),
        );
        check(
            "/w/news",
            "/w/news/notes de terrain/Sévérac #2.md",
            "notes de terrain/Sévérac #2.md",
            Relative("notes%20de%20terrain/S%C3%A9v%C3%A9rac%20%232.md".into()),
        );
        assert_eq!(
            Paths::against("/w/my news").base_uri().as_deref(),
            Some("file:///w/my%20news/")
        );
    }
}
