"""The release tarball (scripts/release): built once, unpacked in a temporary folder, its
binary linked to nothing but the C and C++ runtimes, and able to build the sample content
under an empty environment, with and without git history."""

import pathlib
import platform
import re
import shutil
import subprocess
import tempfile
import unittest

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]

# What the binary may still load from the system: glibc's parts, the C++ runtime and the
# kernel's vDSO. Everything else (Swift, Foundation, ICU, cmark-gfm, libstemmer) is inside.
SYSTEM_LIBRARIES = {"linux-vdso.so.1", "libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1",
                    "libpthread.so.0", "libdl.so.2", "librt.so.1"}
BUNDLED = re.compile(r"swift|foundation|dispatch|blocksruntime|icu|cmark|stemmer", re.IGNORECASE)

# A commit date for the sample's history, so the pages have dates to format.
COMMIT_DATE = "2026-03-05T10:00:00+00:00"


def run(arguments, **options):
    return subprocess.run(arguments, capture_output=True, text=True, **options)


class ReleaseTarballTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = pathlib.Path(tempfile.mkdtemp(prefix="casebook-release-"))
        built = run([str(REPOSITORY / "scripts" / "release"), str(cls.folder / "dist")])
        if built.returncode != 0:
            shutil.rmtree(cls.folder)
            raise AssertionError("scripts/release failed:\n" + built.stderr[-4000:])
        cls.tarball = pathlib.Path(built.stdout.strip())
        cls.members = run(["tar", "-tzf", str(cls.tarball)], check=True).stdout.splitlines()
        (cls.folder / "unpacked").mkdir()
        subprocess.run(["tar", "-xzf", str(cls.tarball), "-C", str(cls.folder / "unpacked")], check=True)
        (cls.top,) = (cls.folder / "unpacked").iterdir()
        cls.binary = cls.top / "bin" / "casebook"

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.folder)

    def build_sample(self, name, history):
        """Copies the sample content to a new folder, with one commit when `history`, and
        builds it with the unpacked binary under `env -i` (no PATH, no HOME, nothing)."""
        root = self.folder / name
        root.mkdir()
        shutil.copytree(REPOSITORY / "content", root / "content")
        shutil.copy(REPOSITORY / "casebook.yml", root / "casebook.yml")
        if history:
            environment = {"GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE,
                           "GIT_AUTHOR_NAME": "Writer", "GIT_AUTHOR_EMAIL": "writer@example.com",
                           "GIT_COMMITTER_NAME": "Writer", "GIT_COMMITTER_EMAIL": "writer@example.com",
                           "PATH": "/usr/bin:/bin"}
            for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "Sample"]):
                subprocess.run(command, cwd=root, env=environment, check=True)
        built = run(["env", "-i", str(self.binary), "build"], cwd=root)
        self.assertEqual(built.returncode, 0, built.stderr)
        return root / "site", built.stderr

    def test_the_tarball_is_named_for_the_version_and_holds_one_folder(self):
        version = re.fullmatch(rf"casebook-(.+)-linux-{platform.machine()}\.tar\.gz", self.tarball.name)
        self.assertIsNotNone(version, self.tarball.name)
        self.assertEqual(self.top.name, "casebook-" + version.group(1))
        self.assertTrue(all(name.split("/")[0] == self.top.name for name in self.members))
        checksum = self.tarball.with_name(self.tarball.name + ".sha256").read_text()
        self.assertIn(self.tarball.name, checksum)

    def test_the_binary_the_theme_the_readme_and_the_licences_are_inside(self):
        self.assertTrue(self.binary.stat().st_mode & 0o111)
        self.assertTrue((self.top / "share" / "casebook" / "templates" / "base.mustache").is_file())
        self.assertTrue((self.top / "share" / "casebook" / "templates" / "assets" / "casebook.css").is_file())
        self.assertTrue((self.top / "README.md").is_file())
        for text in ("README.md", "swift.txt", "cmark-gfm.txt", "snowball-libstemmer.txt",
                     "swift-argument-parser.txt", "yams.txt", "flyingfox.txt"):
            self.assertGreater((self.top / "LICENSES" / text).stat().st_size, 500, text)

    def test_the_binary_needs_only_the_c_and_cpp_runtimes(self):
        listing = run(["ldd", str(self.binary)])
        self.assertEqual(listing.returncode, 0, listing.stderr)
        libraries = {line.split()[0].rsplit("/", 1)[-1] for line in listing.stdout.splitlines() if line.strip()}
        self.assertEqual({name for name in libraries if BUNDLED.search(name)}, set(), listing.stdout)
        others = {name for name in libraries if name not in SYSTEM_LIBRARIES and not name.startswith("ld-linux")}
        self.assertEqual(others, set(), listing.stdout)
        self.assertIn("libc.so.6", libraries)

    def test_version_names_the_release_and_its_commit(self):
        shown = run(["env", "-i", str(self.binary), "--version"])
        self.assertEqual(shown.returncode, 0, shown.stderr)
        line = re.fullmatch(r"casebook (\S+) \(commit ([0-9a-f]{12}|unknown)(, with uncommitted changes)?\)\n",
                            shown.stdout)
        self.assertIsNotNone(line, shown.stdout)
        self.assertEqual("casebook-" + line.group(1), self.top.name)
        head = run(["git", "rev-parse", "--short=12", "HEAD"], cwd=REPOSITORY)
        if head.returncode == 0:
            self.assertEqual(line.group(2), head.stdout.strip())

    def test_builds_the_sample_without_git_history(self):
        site, diagnostics = self.build_sample("without-history", history=False)
        self.assertIn("not in a git repository", diagnostics)
        self.assertSampleIsWhole(site)

    def test_builds_the_sample_with_git_history_and_formats_its_dates_in_each_language(self):
        site, _ = self.build_sample("with-history", history=True)
        self.assertSampleIsWhole(site)
        english = "\n".join(page.read_text() for page in (site / "internal" / "policies").rglob("*.html"))
        spanish = "\n".join(page.read_text() for page in (site / "internal" / "es" / "policies").rglob("*.html"))
        self.assertIn(">5 March 2026<", english)
        self.assertIn(">5 de marzo de 2026<", spanish)

    def test_the_theme_comes_from_the_tarball(self):
        stylesheet = self.top / "share" / "casebook" / "templates" / "assets" / "casebook.css"
        original = stylesheet.read_text()
        try:
            stylesheet.write_text(original + "\n/* unpacked-theme-marker */\n")
            site, _ = self.build_sample("unpacked-theme", history=False)
        finally:
            stylesheet.write_text(original)
        self.assertIn("unpacked-theme-marker", (site / "public" / "assets" / "casebook.css").read_text())

    def assertSampleIsWhole(self, site):
        public, internal = site / "public", site / "internal"
        self.assertTrue((public / "policies" / "courtesy-and-one-time-exceptions" / "index.html").is_file())
        self.assertTrue((internal / "policies" / "authority-limits" / "index.html").is_file())
        self.assertFalse((public / "policies" / "authority-limits").exists())
        spanish = (public / "es" / "faq" / "can-i-set-up-a-payment-plan" / "index.html").read_text()
        self.assertIn('<html lang="es"', spanish)
        self.assertIn("¿Puedo acordar un plan de pagos?", spanish)
        self.assertIn(">Español<", (public / "index.html").read_text())
        self.assertTrue((public / "search").is_dir())


if __name__ == "__main__":
    unittest.main()
