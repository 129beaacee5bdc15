"""What the browser scripts share: a headless Chromium as a Vietnamese office's, the checks' report, and pressing a
form's button until the next page has replaced the current one."""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


options = Options()
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=vi", "--window-size=390,900"):
    options.add_argument(argument)
# A Vietnamese office's browser: the pages follow Accept-Language, which headless Chromium sets from this
# preference (it ignores --lang), English otherwise.
options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi"})
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(10)


def press(button):
    """Clicks a form's button and waits until the next page has replaced this one (a click does not wait, and
    on a busy machine the old page, its flash message included, would still be read)."""
    # A mark on this document's window object: the next document starts without it. (Waiting for the old <html>
    # element to go stale raced: Chromium sometimes answers "Node with given id does not belong to the document"
    # instead of "stale element" while the page changes.)
    driver.execute_script("window.__outreachOldPage = true;")
    button.click()
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return document.readyState === 'complete' && !window.__outreachOldPage;"))


def report(passed):
    """Once the browser quit: exits 1 when a check failed, else prints `passed`."""
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(passed)
