"""The real nginx of Debian's package, run by an unprivileged user on free ports: a site
configuration (examples/deploy/nginx.conf, made local by the deploy test) inside a main
configuration that stands in for Debian's /etc/nginx/nginx.conf; a self-signed certificate
and a password file for it; and an HTTP client that reaches its named hosts on 127.0.0.1."""

import base64
import collections
import http.client
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import time
import urllib.parse

NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")

# Debian's nginx.conf includes conf.d/*.conf inside http, as here. Every file nginx writes
# (pid, logs, temporary request bodies) is in the server's own folder: Debian's defaults
# under /var are root's. Started by root, nginx would run its workers as nobody, who cannot
# read the test's private temporary folders: they run as the test's user instead.
MAIN_CONFIG = """\
{user}worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{
    worker_connections 256;
}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {folder}/access.log;
    client_body_temp_path {folder}/client_body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/conf.d/*.conf;
}}
"""

Response = collections.namedtuple("Response", "status headers body")


class Nginx:
    """nginx serving `site_config` from `folder` (which it owns) on the given ports, in the
    foreground as a child of the test; `stop` ends it."""

    def __init__(self, folder, site_config):
        self.folder = folder
        (folder / "conf.d").mkdir(parents=True)
        (folder / "conf.d" / "casebook.conf").write_text(site_config, encoding="utf-8")
        self.config = folder / "nginx.conf"
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        self.config.write_text(MAIN_CONFIG.format(folder=folder, user=user), encoding="utf-8")
        self.process = None

    def start(self, ports):
        """Starts nginx and returns once it accepts connections on every port."""
        command = [NGINX, "-p", str(self.folder), "-c", str(self.config), "-e", str(self.folder / "error.log")]
        checked = subprocess.run(command + ["-t", "-q"], capture_output=True, text=True)
        if checked.returncode != 0:
            raise RuntimeError(f"nginx -t refused the configuration:\n{checked.stderr}")
        self.process = subprocess.Popen(command + ["-g", "daemon off;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        waiting = set(ports)
        while waiting:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start:\n{self.error_log()}")
            for port in list(waiting):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    waiting.discard(port)
                except OSError:
                    time.sleep(0.05)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def error_log(self):
        log = self.folder / "error.log"
        return log.read_text(errors="replace") if log.exists() else ""


def write_certificate(folder, hosts):
    """A self-signed certificate naming every host, as `<folder>/<host>/fullchain.pem` and
    `privkey.pem` for each (the layout of Let's Encrypt's /etc/letsencrypt/live)."""
    folder.mkdir(parents=True, exist_ok=True)
    key, certificate = folder / "privkey.pem", folder / "fullchain.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", f"/CN={hosts[0]}",
                    "-addext", "subjectAltName=" + ",".join(f"DNS:{host}" for host in hosts),
                    "-keyout", str(key), "-out", str(certificate)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for host in hosts:
        (folder / host).mkdir()
        shutil.copy(key, folder / host / "privkey.pem")
        shutil.copy(certificate, folder / host / "fullchain.pem")


def write_password_file(path, user, password):
    """An nginx (htpasswd) password file with one user, the password hashed by openssl."""
    hashed = subprocess.run(["openssl", "passwd", "-apr1", password],
                            check=True, capture_output=True, text=True).stdout.strip()
    path.write_text(f"{user}:{hashed}\n", encoding="utf-8")


def basic_authorization(user, password):
    """The Authorization header's value for basic auth."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


_ANY_CERTIFICATE = ssl.create_default_context()
_ANY_CERTIFICATE.check_hostname = False
_ANY_CERTIFICATE.verify_mode = ssl.CERT_NONE


def fetch(url, headers=None):
    """GETs `url` from 127.0.0.1 on the URL's port, naming the URL's host in the Host header
    (so nginx picks the server by name without any DNS), accepting the test's self-signed
    certificate and following no redirect."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection("127.0.0.1", parts.port, timeout=30, context=_ANY_CERTIFICATE)
    else:
        connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=30)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                           headers={"Host": parts.netloc, **(headers or {})})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()
