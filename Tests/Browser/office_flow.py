"""A real browser (headless Chromium through Selenium) on a running `outreach serve` over the demo database:
an office signs in from its link, nominates and confirms, sees its quota change, downloads its nomination form,
uploads a list (its problems shown, then a clean one checked and confirmed), searches its people, lists a reserve
and gives it a place, cannot reach another office's people by changing the URL, and the organiser's page shows
the change. Run by Tests/Browser/run.sh."""
import os
import sys
import tempfile
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser import check, driver, press, report

base, office_link, organiser_link = sys.argv[1:4]


def sign_in(link):
    driver.get(link)
    press(driver.find_element(By.CSS_SELECTOR, "form[action='/dang-nhap'] button"))


def office_row(name):
    """The organiser's figures for one office: (nominated, confirmed)."""
    for row in driver.find_elements(By.CSS_SELECTOR, "#dinh-muc tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells and cells[0].text.strip() == name:
            return int(cells[2].text), int(cells[3].text)
    return None


def sign_out():
    press(driver.find_element(By.CSS_SELECTOR, "form[action='/dang-xuat'] button"))


try:
    # The organiser's figures before.
    sign_in(organiser_link)
    driver.get(base + "/dot/LCI-2022-TDKT")
    before = office_row("Phòng GD&ĐT Si Ma Cai")
    check(before is not None, "the organiser sees Si Ma Cai's row")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#dinh-muc tbody tr")) == 61, "the organiser sees all 61 offices")
    sign_out()
    check("Đăng nhập" in driver.page_source, "signed out, back on the sign-in page")

    # The office follows its invitation's printed link (doc invitation --url), types the code it was given and
    # lands on its own page of the session; then its sessions, then its page.
    driver.get(base + "/dang-ky/LCI-2022-TDKT/PGD-SIMACAI")
    check("/dang-nhap?tiep=" in driver.current_url, f"the invitation's link asks to sign in first: {driver.current_url}")
    driver.find_element(By.ID, "ma").send_keys(office_link.split("ma=", 1)[1])
    press(driver.find_element(By.CSS_SELECTOR, "form[action='/dang-nhap'] button"))
    check(driver.current_url == base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI",
          f"signed in, on the office's page of the session: {driver.current_url}")
    driver.get(base + "/")
    check("LCI-2022-TDKT" in driver.page_source, "the office sees its session after signing in")
    check("còn 4 ngày đến hạn đăng ký" in driver.page_source, "the days left before the deadline")
    driver.get(base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI")
    missing = int(driver.find_element(By.ID, "con-thieu").text)
    check(missing >= 1, f"Si Ma Cai lacks {missing} place(s)")

    form = driver.find_element(By.ID, "de-cu")
    form.find_element(By.NAME, "ho-ten").send_keys("giàng a páo")
    Select(form.find_element(By.NAME, "vai-tro")).select_by_value("cbql")
    form.find_element(By.NAME, "chuc-vu").send_keys("Hiệu trưởng")
    form.find_element(By.NAME, "dien-thoai").send_keys("0912 345 678")
    form.find_element(By.NAME, "noi-cong-tac").send_keys("TH-SIMACAI-THITRAN")
    press(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    flash = driver.find_element(By.CSS_SELECTOR, ".flash").text
    check(flash.startswith("Đã đề cử #") and "Giàng A Páo" in flash, f"nominated: {flash}")
    check(int(driver.find_element(By.ID, "con-thieu").text) == missing - 1, "the quota lacks one place fewer")

    number = flash.split("#")[1].split(" ")[0]
    row = driver.find_element(By.ID, "dai-bieu-" + number)
    press(row.find_element(By.CSS_SELECTOR, "form[action$='/xac-nhan'] button"))
    check("Đã xác nhận #" + number in driver.find_element(By.CSS_SELECTOR, ".flash").text, "confirmed")
    status = driver.find_element(By.CSS_SELECTOR, f"#dai-bieu-{number} td.status").text
    check(status == "Đã xác nhận", f"the row now says {status}")

    # The nomination form: linked from the office's page, downloaded with the browser's session (an .xlsx).
    form_link = driver.find_element(By.ID, "tai-phieu").get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(form_link, headers={"Cookie": cookies})) as answer:
        workbook = answer.read()
        check(answer.status == 200 and workbook[:2] == b"PK", f"the nomination form downloads as a workbook ({len(workbook)} bytes)")

    # Upload a list: a file with problems shows each (row, column, message) and writes nothing; a clean one is
    # checked (dry run), then confirmed.
    folder = tempfile.mkdtemp()
    bad = os.path.join(folder, "ds-loi.csv")
    with open(bad, "w", encoding="utf-8") as out:
        out.write("Họ và tên,Vai trò,Chức vụ,Nơi công tác,Điện thoại\n"
                  "Giàng A Páo,cbql,Hiệu trưởng,TH-SIMACAI-THITRAN,912345678\n"
                  "Vàng Thị Dính,cbql,Hiệu phó,Trường Không Có,0912000111\n")
    good = os.path.join(folder, "ds.csv")
    with open(good, "w", encoding="utf-8") as out:
        out.write("Họ và tên,Vai trò,Chức vụ,Nơi công tác,Điện thoại\n"
                  "Giàng A Páo,cbql,Hiệu trưởng,TH-SIMACAI-THITRAN,0912345678\n")
    driver.get(base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI")
    press_link = driver.find_element(By.ID, "nhap-tep")
    driver.get(press_link.get_attribute("href"))
    driver.find_element(By.CSS_SELECTOR, "#tai-len input[type=file]").send_keys(bad)
    press(driver.find_element(By.CSS_SELECTOR, "#tai-len button[type=submit]"))
    problems = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#van-de tbody tr")]
    check(any("dòng 2, cột Điện thoại" in text for text in problems), f"the phone's problem is shown: {problems}")
    check(any("dòng 3, cột Nơi công tác" in text for text in problems), "the unknown workplace's problem is shown")
    check(not driver.find_elements(By.ID, "xac-nhan-nhap"), "no confirmation is offered for a file with errors")
    driver.find_element(By.CSS_SELECTOR, "#tai-len input[type=file]").send_keys(good)
    press(driver.find_element(By.CSS_SELECTOR, "#tai-len button[type=submit]"))
    dry = driver.find_element(By.ID, "chay-thu").text
    check(dry.startswith("Chạy thử, chưa ghi gì"), f"the clean file's dry run: {dry}")
    press(driver.find_element(By.CSS_SELECTOR, "#xac-nhan-nhap button"))
    flash = driver.find_element(By.CSS_SELECTOR, ".flash").text
    check(flash.startswith("Đã nhập ds.csv"), f"the import is confirmed: {flash}")

    # The search of the office's people (a GET form): the person found fills the nominate form.
    driver.get(base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI")
    driver.find_element(By.ID, "tim").send_keys("giang a pao")
    press(driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"))
    found = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#ket-qua-tim tbody tr")]
    check(any("Giàng A Páo" in text for text in found), f"the search finds the office's person: {found}")
    driver.get(driver.find_element(By.CSS_SELECTOR, "#ket-qua-tim tbody tr a").get_attribute("href"))
    filled = driver.find_element(By.ID, "ho-ten").get_attribute("value")
    check(filled == "Giàng A Páo", f"'nominate this person' fills the form: {filled}")

    # A reserve, its workplace typed by name, then given Giàng A Páo's place and confirmed at once.
    driver.get(base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI")
    form = driver.find_element(By.ID, "de-cu")
    form.find_element(By.NAME, "ho-ten").send_keys("Vàng Thị Dính")
    Select(form.find_element(By.NAME, "vai-tro")).select_by_value("cbql")
    form.find_element(By.NAME, "dien-thoai").send_keys("0912000333")
    form.find_element(By.NAME, "noi-cong-tac").send_keys("Trường Tiểu học thị trấn Si Ma Cai")
    press(form.find_element(By.ID, "nut-du-bi"))
    flash = driver.find_element(By.CSS_SELECTOR, ".flash").text
    check(flash.startswith("Đã ghi người dự bị #") and "Vàng Thị Dính" in flash, f"a reserve is listed: {flash}")
    reserve = flash.split("#")[1].split(" ")[0]
    status = driver.find_element(By.CSS_SELECTOR, f"#dai-bieu-{reserve} td.status").text
    check(status == "Dự bị", f"the reserve's row says {status}")
    check(int(driver.find_element(By.ID, "con-thieu").text) == missing - 1, "a reserve takes no place")
    promote = driver.find_element(By.ID, "nhan-cho")
    Select(promote.find_element(By.NAME, "cho")).select_by_value(number)
    Select(promote.find_element(By.NAME, "du-bi")).select_by_value(reserve)
    promote.find_element(By.NAME, "xac-nhan").click()
    press(promote.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    flash = driver.find_element(By.CSS_SELECTOR, ".flash").text
    check(f"#{reserve} Vàng Thị Dính (dự bị) nhận chỗ của #{number}: đã xác nhận" in flash, f"the reserve takes the place: {flash}")
    status = driver.find_element(By.CSS_SELECTOR, f"#dai-bieu-{reserve} td.status").text
    check(status == "Đã xác nhận", f"the promoted reserve's row says {status}")
    check(not driver.find_elements(By.ID, "dai-bieu-" + number), "the replaced nominee no longer holds a place")

    # Another office's people, by changing the URL.
    driver.get(base + "/dot/LCI-2022-TDKT/don-vi/PGD-BATXAT")
    refusal = driver.find_element(By.ID, "tu-choi").text
    check(refusal == "Phòng GD&ĐT Si Ma Cai không có quyền xem định mức và đại biểu của Phòng GD&ĐT Bát Xát của đợt LCI-2022-TDKT."
          and not driver.find_elements(By.ID, "dai-bieu"), f"Bát Xát's page is refused, no nominee shown: {refusal}")
    driver.get(base + "/dot/LCI-2022-TDKT/dai-bieu/31/thay")
    refusal = driver.find_element(By.ID, "tu-choi").text
    check(refusal.startswith("Phòng GD&ĐT Si Ma Cai không có quyền thay đại biểu #31") and "dai-bieu-31" not in driver.page_source
          and "PGD-MUONGKHUONG" not in driver.page_source,
          f"another office's nominee #31 (Mường Khương's) is refused, not shown, its office not named: {refusal}")
    driver.get(base + "/")
    sign_out()

    # The organiser sees the change.
    sign_in(organiser_link)
    driver.get(base + "/dot/LCI-2022-TDKT")
    after = office_row("Phòng GD&ĐT Si Ma Cai")
    check(after == (before[0] + 1, before[1] + 1), f"the organiser's page shows Si Ma Cai {before} → {after}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#xac-nhan-theo-ngay tbody tr")) >= 1, "the organiser sees confirmations by day")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#xuat a")) >= 3, "the organiser is offered the workbooks")
finally:
    driver.quit()
report("browser test passed")
