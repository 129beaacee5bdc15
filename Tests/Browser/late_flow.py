"""A real browser on `outreach serve` judged after the nomination deadline (Tests/Browser/run.sh starts it): the
office's page says every change needs its reason; the browser itself will not send the nomination form without
it; with it the reserve is listed; a withdrawal whose reason is only spaces comes back refused in its row, and
with a reason it is made. Run by Tests/Browser/run.sh after office_flow.py, on the same database."""
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser import check, driver, press, report

base, office_link = sys.argv[1:3]


try:
    driver.get(office_link)
    press(driver.find_element(By.CSS_SELECTOR, "form[action='/dang-nhap'] button"))
    office = base + "/dot/LCI-2022-TDKT/don-vi/PGD-SIMACAI"
    driver.get(office)
    notice = driver.find_elements(By.ID, "sau-han")
    check(bool(notice) and "cần ghi lý do" in notice[0].text, "after the deadline the page says every change needs its reason")

    form = driver.find_element(By.ID, "de-cu")
    form.find_element(By.NAME, "ho-ten").send_keys("Vàng A Sử")
    Select(form.find_element(By.NAME, "vai-tro")).select_by_value("cbql")
    form.find_element(By.NAME, "dien-thoai").send_keys("0912 345 601")
    form.find_element(By.NAME, "noi-cong-tac").send_keys("TH-SIMACAI-THITRAN")
    reason = form.find_element(By.NAME, "ly-do-tre")
    check(driver.execute_script("return !arguments[0].checkValidity() && arguments[0].elements['ly-do-tre'].validity.valueMissing;", form),
          "the browser will not send the nomination without its late reason")
    reason.send_keys("Trường báo bổ sung sau hạn")
    # Si Ma Cai's places are all taken by now (office_flow.py filled the last one): a reserve, which takes none.
    press(form.find_element(By.ID, "nut-du-bi"))
    flashes = driver.find_elements(By.CSS_SELECTOR, ".flash")
    flash = flashes[0].text if flashes else driver.find_element(By.TAG_NAME, "main").text[:300]
    check(flash.startswith("Đã ghi người dự bị #") and "Vàng A Sử" in flash, f"listed late, with its reason: {flash}")

    number = flash.split("#")[1].split(" ")[0]
    row = driver.find_element(By.ID, "dai-bieu-" + number)
    withdraw = row.find_element(By.CSS_SELECTOR, "form[action$='/rut']")
    withdraw.find_element(By.NAME, "ly-do-tre").send_keys("   ")
    press(withdraw.find_element(By.CSS_SELECTOR, "button"))
    problem = driver.find_elements(By.ID, "loi-dai-bieu-" + number)
    check(bool(problem) and "hạn đăng ký" in problem[0].text, "a withdrawal whose reason is only spaces is refused in its row")
    check(driver.find_element(By.CSS_SELECTOR, f"#dai-bieu-{number} td.status").text != "Đã rút", "nothing was withdrawn")

    withdraw = driver.find_element(By.ID, "dai-bieu-" + number).find_element(By.CSS_SELECTOR, "form[action$='/rut']")
    withdraw.find_element(By.NAME, "ly-do-tre").send_keys("Ốm đột xuất")
    press(withdraw.find_element(By.CSS_SELECTOR, "button"))
    flash = driver.find_element(By.CSS_SELECTOR, ".flash").text
    check(flash.startswith("Đã rút #" + number), f"withdrawn late, with its reason: {flash}")
finally:
    driver.quit()
report("late browser test passed")
