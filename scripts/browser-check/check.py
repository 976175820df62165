#!/usr/bin/python3
"""Browser check of a built lit site, with headless Chromium through Selenium.

Opens the index and a chapter page, served over http://127.0.0.1 and as file://, and checks:
no console errors, the search finds "GlorotUniform" and links to the 6.3 page, the theme
toggle switches data-theme and the choice survives a reload, copy buttons exist and copy the
code only. Writes screenshots of both pages at 1280x900 and 375x812 in both themes.

Usage: check.py SITE_DIR --screenshots DIR
Exit status 0 when every check passes, 1 otherwise; each check prints one line.
"""

import argparse
import functools
import http.server
import os
import pathlib
import sys
import threading
import time

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

DESKTOP = (1280, 900)
PHONE = (375, 812)
SEARCH_TERM = "GlorotUniform"
CHAPTER_NUMBER = "6.3"


class Checks:
    """Collects the outcome of each check and prints it as it goes."""

    def __init__(self):
        self.failed = []
        self.passed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed.append(name)
            print(f"FAIL  {name}" + (f": {detail}" if detail else ""))
        return ok


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def make_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-color-profile=srgb", "--lang=en-US",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def set_viewport(driver, size, mobile):
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def wait_ready(driver):
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def theme(driver):
    return driver.execute_script("return document.documentElement.getAttribute('data-theme')")


def set_theme(driver, name):
    driver.execute_script("localStorage.setItem('lit-theme', arguments[0])", name)
    driver.refresh()
    wait_ready(driver)


def chapter_href(driver):
    links = driver.find_elements(By.CSS_SELECTOR, ".toc-chapter a")
    for link in links:
        if link.text.strip().startswith(CHAPTER_NUMBER):
            return link.get_attribute("href")
    return links[0].get_attribute("href") if links else None


def check_site(driver, base, label, checks, shots):
    index_url = base + "index.html"
    driver.get(index_url)
    wait_ready(driver)
    checks.check(f"[{label}] index opens with the book title",
                 bool(driver.find_elements(By.CSS_SELECTOR, ".book-heading")))
    errors = severe_logs(driver)
    checks.check(f"[{label}] index: no console errors", not errors, str(errors))

    chapter_url = chapter_href(driver)
    checks.check(f"[{label}] index links to the {CHAPTER_NUMBER} chapter",
                 bool(chapter_url) and CHAPTER_NUMBER in chapter_url, str(chapter_url))
    if not chapter_url:
        return

    # Search from the index page, with the keyboard.
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    box = driver.switch_to.active_element
    checks.check(f"[{label}] '/' focuses the search box",
                 box.get_attribute("id") == "search-input")
    box.send_keys(SEARCH_TERM)
    try:
        WebDriverWait(driver, 5).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"))
    except WebDriverException:
        pass
    results = driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result")
    hrefs = [result.get_attribute("href") or "" for result in results]
    to_chapter = [href for href in hrefs if f"/{CHAPTER_NUMBER}-" in href and "#" in href]
    checks.check(f"[{label}] search for {SEARCH_TERM} links to a {CHAPTER_NUMBER} section",
                 bool(to_chapter), str(hrefs))
    if label == "http":
        driver.save_screenshot(str(shots / "index-search-desktop-light.png"))
    box.send_keys(Keys.ENTER)
    try:
        WebDriverWait(driver, 5).until(lambda d: f"/{CHAPTER_NUMBER}-" in d.current_url)
    except WebDriverException:
        pass
    checks.check(f"[{label}] Enter opens the first result",
                 f"/{CHAPTER_NUMBER}-" in driver.current_url and "#" in driver.current_url,
                 driver.current_url)

    # Chapter page: copy buttons, console, theme toggle and its memory.
    driver.get(chapter_url)
    wait_ready(driver)
    errors = severe_logs(driver)
    checks.check(f"[{label}] chapter: no console errors", not errors, str(errors))
    buttons = driver.find_elements(By.CSS_SELECTOR, ".cell .copy-button")
    checks.check(f"[{label}] chapter has copy buttons", len(buttons) > 0, str(len(buttons)))
    if buttons:
        copied = driver.execute_script(
            "var b = document.querySelector('.cell .copy-button');"
            "var code = b.parentNode.querySelector('pre.code code').textContent;"
            "return [code, b.closest('.cell').textContent];")
        checks.check(f"[{label}] copy button's text is the code only",
                     copied[0] and "In [" not in copied[0] and "Out[" not in copied[0])
        driver.execute_script("arguments[0].click()", buttons[0])
        time.sleep(0.2)
        checks.check(f"[{label}] copy button answers a click",
                     buttons[0].text in ("Copied", "Select and copy"), buttons[0].text)
    first = theme(driver)
    toggle = driver.find_element(By.CSS_SELECTOR, ".theme-toggle")
    toggle.click()
    second = theme(driver)
    checks.check(f"[{label}] theme toggle switches data-theme",
                 first in ("light", "dark") and second in ("light", "dark") and first != second,
                 f"{first} -> {second}")
    driver.refresh()
    wait_ready(driver)
    checks.check(f"[{label}] theme choice survives a reload", theme(driver) == second,
                 f"{theme(driver)} after reload, expected {second}")
    driver.get(index_url)
    wait_ready(driver)
    checks.check(f"[{label}] theme choice carries to other pages", theme(driver) == second)
    errors = severe_logs(driver)
    checks.check(f"[{label}] no console errors after the checks", not errors, str(errors))

    if label != "http":
        return
    for name, url in (("index", index_url), ("chapter", chapter_url)):
        for width_name, size, mobile in (("desktop", DESKTOP, False), ("phone", PHONE, True)):
            set_viewport(driver, size, mobile)
            driver.get(url)
            wait_ready(driver)
            for theme_name in ("light", "dark"):
                set_theme(driver, theme_name)
                path = shots / f"{name}-{width_name}-{theme_name}.png"
                driver.save_screenshot(str(path))
    # The phone menu, opened.
    set_viewport(driver, PHONE, True)
    driver.get(chapter_url)
    wait_ready(driver)
    set_theme(driver, "light")
    driver.find_element(By.CSS_SELECTOR, ".menu-toggle").click()
    time.sleep(0.4)
    sidebar_visible = driver.find_element(By.ID, "sidebar").is_displayed()
    checks.check("[http] phone: the menu button shows the contents", sidebar_visible)
    driver.save_screenshot(str(shots / "chapter-phone-menu-light.png"))
    driver.find_element(By.CSS_SELECTOR, ".menu-toggle").click()
    # On a phone the Copy button always shows: it must sit above the code, not on it.
    overlaps = driver.execute_script("""
        var bad = [];
        document.querySelectorAll('.cell-input .cell-body').forEach(function (body, i) {
          var button = body.querySelector('.copy-button'), pre = body.querySelector('pre.code');
          if (!button || !pre) return;
          var style = getComputedStyle(pre);
          var textTop = pre.getBoundingClientRect().top + parseFloat(style.borderTopWidth)
              + parseFloat(style.paddingTop);
          if (getComputedStyle(button).opacity !== '1'
              || button.getBoundingClientRect().bottom > textTop) bad.push(i);
        });
        return bad;""")
    checks.check("[http] phone: every Copy button shows above its code, not over it",
                 not overlaps, f"cells {overlaps}")
    driver.execute_script(
        "var c = document.querySelectorAll('.cell'); if (c.length > 3) c[3].scrollIntoView();")
    time.sleep(0.3)
    driver.save_screenshot(str(shots / "chapter-phone-light-cells.png"))
    # A cell further down the chapter, at desktop width.
    set_viewport(driver, DESKTOP, False)
    driver.get(chapter_url)
    wait_ready(driver)
    driver.execute_script(
        "var c = document.querySelectorAll('.cell'); if (c.length > 3) c[3].scrollIntoView();")
    time.sleep(0.3)
    driver.save_screenshot(str(shots / "chapter-desktop-light-cells.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    errors = severe_logs(driver)
    checks.check("[http] no console errors while taking screenshots", not errors, str(errors))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=pathlib.Path)
    parser.add_argument("--screenshots", type=pathlib.Path, required=True)
    arguments = parser.parse_args()
    site = arguments.site.resolve()
    if not (site / "index.html").is_file():
        print(f"browser-check: {site} has no index.html", file=sys.stderr)
        return 2
    shots = arguments.screenshots
    shots.mkdir(parents=True, exist_ok=True)

    checks = Checks()
    server = serve(site)
    driver = make_driver()
    try:
        port = server.server_address[1]
        check_site(driver, f"http://127.0.0.1:{port}/", "http", checks, shots)
        driver.quit()
        driver = make_driver()
        check_site(driver, site.as_uri() + "/", "file", checks, shots)
    finally:
        driver.quit()
        server.shutdown()
    print(f"browser-check: {checks.passed} passed, {len(checks.failed)} failed")
    print(f"browser-check: screenshots in {shots}")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
