package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.web.Chromium;
import cn.chuanyu.metrology.web.PageSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What browser journeys do on the on-site page before completing: sign on the pad, confirm, colleague confirms. */
final class OnSiteSigning {

    private OnSiteSigning() {
    }

    /** On the on-site task page: the representative signs, the signed-in inspector and the colleague confirm. */
    static void signAndConfirm(WebDriver browser, int port, String colleague) {
        java.util.regex.Matcher task = java.util.regex.Pattern.compile("/tasks/[^/?#]+").matcher(browser.getCurrentUrl());
        assertThat(task.find()).as("on a task page: " + browser.getCurrentUrl()).isTrue();
        String taskPage = task.group();
        WebElement signature = browser.findElement(By.id("signature-form"));
        signature.findElement(By.id("representativeName")).sendKeys("王代表");
        signature.findElement(By.id("representativePosition")).sendKeys("质量负责人");
        draw(browser, browser.findElement(By.id("signature-pad")));
        Chromium.clickToNextPage(browser, signature.findElement(By.cssSelector("button[type=submit]")));
        Chromium.clickToNextPage(browser, browser.findElement(By.cssSelector("#confirm-form button")));
        PageSession session = PageSession.signedIn(port, colleague, InspectionFixtures.PASSWORD);
        assertThat(session.post(taskPage, taskPage + "/record/confirmation", Map.of()).statusCode()).isEqualTo(302);
        browser.get(browser.getCurrentUrl().replaceAll("/tasks/.*$", taskPage));
    }

    /** A signature stroke made of pointer moves inside the pad, as a finger or pen would. */
    static void draw(WebDriver browser, WebElement pad) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
        new Actions(browser).moveToElement(pad, -120, 10).clickAndHold()
                .moveByOffset(30, -40).moveByOffset(30, 60).moveByOffset(30, -50).moveByOffset(40, 45)
                .moveByOffset(40, -30).moveByOffset(30, 20).release().perform();
    }
}
