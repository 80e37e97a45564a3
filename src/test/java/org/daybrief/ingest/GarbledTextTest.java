package org.daybrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Garbled text is told from language: random bytes in every charset Tika may choose for them are garbled; news in
 * sixteen scripts, program code, a table of numbers and the seeds (through the parser) are not.
 */
class GarbledTextTest {

    /** Name and text: the same news sentence in many scripts, and texts that are mostly not prose. */
    private static final String[] TEXTS = {
            "ar", "أعلنت الحكومة اليوم عن خطة جديدة لتطوير البنية التحتية في المدن الكبرى، وقال وزير النقل إن المشروع سيستغرق خمس سنوات وسيوفر آلاف فرص العمل للشباب في مختلف المناطق.",
            "he", "הממשלה הודיעה היום על תוכנית חדשה לפיתוח התשתיות בערים הגדולות, ושר התחבורה אמר כי הפרויקט יימשך חמש שנים ויספק אלפי מקומות עבודה לצעירים.",
            "hi", "सरकार ने आज बड़े शहरों में बुनियादी ढांचे के विकास के लिए एक नई योजना की घोषणा की, और परिवहन मंत्री ने कहा कि यह परियोजना पांच साल तक चलेगी और युवाओं के लिए हजारों नौकरियां पैदा करेगी।",
            "th", "รัฐบาลประกาศแผนใหม่ในวันนี้เพื่อพัฒนาโครงสร้างพื้นฐานในเมืองใหญ่ และรัฐมนตรีคมนาคมกล่าวว่าโครงการนี้จะใช้เวลาห้าปีและสร้างงานหลายพันตำแหน่งสำหรับคนหนุ่มสาว",
            "ko", "정부는 오늘 대도시의 기반 시설을 개발하기 위한 새로운 계획을 발표했으며, 교통부 장관은 이 사업이 5년 동안 진행되고 젊은이들에게 수천 개의 일자리를 제공할 것이라고 말했다.",
            "ja", "政府は本日、大都市のインフラ整備に向けた新たな計画を発表し、国土交通大臣はこの事業が5年間続き、若者に数千人分の雇用を生み出すと述べた。iPhoneやGoogleの名前も出た。",
            "zh", "政府今天宣布了一项发展大城市基础设施的新计划，交通部长表示，该项目将持续五年，并为年轻人创造数千个就业机会。苹果公司的iPhone手机也被提及。",
            "ru", "Правительство сегодня объявило о новом плане развития инфраструктуры в крупных городах, и министр транспорта заявил, что проект продлится пять лет и создаст тысячи рабочих мест для молодежи.",
            "el", "Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο σχέδιο για την ανάπτυξη των υποδομών στις μεγάλες πόλεις, και ο υπουργός Μεταφορών δήλωσε ότι το έργο θα διαρκέσει πέντε χρόνια.",
            "fa", "دولت امروز طرح جدیدی برای توسعه زیرساخت‌ها در شهرهای بزرگ اعلام کرد و وزیر حمل‌ونقل گفت که این پروژه پنج سال طول می‌کشد و هزاران شغل برای جوانان ایجاد می‌کند.",
            "ta", "அரசாங்கம் இன்று பெரிய நகரங்களில் உள்கட்டமைப்பை மேம்படுத்த ஒரு புதிய திட்டத்தை அறிவித்தது, மேலும் இந்த திட்டம் ஐந்து ஆண்டுகள் நீடிக்கும் என்று போக்குவரத்து அமைச்சர் கூறினார்.",
            "am", "መንግሥት ዛሬ በትላልቅ ከተሞች የመሠረተ ልማት ግንባታ አዲስ ዕቅድ ይፋ አደረገ፤ የትራንስፖርት ሚኒስትሩ ፕሮጀክቱ አምስት ዓመት እንደሚወስድ ተናግረዋል።",
            "ka", "მთავრობამ დღეს გამოაცხადა ახალი გეგმა დიდ ქალაქებში ინფრასტრუქტურის განვითარებისთვის, ხოლო ტრანსპორტის მინისტრმა თქვა, რომ პროექტი ხუთი წელი გაგრძელდება.",
            "vi", "Chính phủ hôm nay đã công bố một kế hoạch mới nhằm phát triển cơ sở hạ tầng tại các thành phố lớn, và Bộ trưởng Giao thông cho biết dự án sẽ kéo dài năm năm.",
            "my", "အစိုးရသည် ယနေ့ မြို့ကြီးများတွင် အခြေခံအဆောက်အအုံ ဖွံ့ဖြိုးရေးအတွက် အစီအစဉ်သစ်တစ်ခုကို ကြေညာခဲ့ပြီး စီမံကိန်းသည် ငါးနှစ်ကြာမည်ဟု ဝန်ကြီးက ပြောသည်။",
            "km", "រដ្ឋាភិបាលបានប្រកាសនៅថ្ងៃនេះអំពីផែនការថ្មីមួយដើម្បីអភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធនៅក្នុងទីក្រុងធំៗ ហើយរដ្ឋមន្ត្រីក្រសួងដឹកជញ្ជូនបាននិយាយថាគម្រោងនេះនឹងមានរយៈពេលប្រាំឆ្នាំ។",
            "emoji", "Great game tonight!!! 🎉🎉🎉 The team won 3-1 😀👍 See you all next week at the stadium ⚽⚽ #football #win",
            "code", "public static int main(String[] args) { for (int i = 0; i < args.length; i++) { if (args[i] == null) return -1; x += a[i] * 2; } return x; } // done",
            "csv", "2024-01-01,12.5,13.7,-0.4,100;2024-01-02,12.9,14.1,0.2,102;2024-01-03,13.1,13.9,-0.1,99;2024-01-04,12.2,13.0,0.5,101"
    };

    private static final List<String> CHARSETS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-5",
            "KOI8-R", "ISO-8859-7", "windows-1256", "GB18030", "Big5", "Shift_JIS", "EUC-KR", "EUC-JP", "UTF-16LE",
            "UTF-16BE", "IBM420", "IBM424", "windows-1251", "ISO-8859-8", "IBM500");

    @Test
    void randomBytesReadInAnyCharsetAreGarbled() {
        Random random = new Random(7);
        for (String charset : CHARSETS) {
            byte[] bytes = new byte[20_000];
            random.nextBytes(bytes);

            GarbledText.Measure m = GarbledText.measure(new String(bytes, Charset.forName(charset)));

            assertThat(m.garbled()).as(charset + ": " + m).isTrue();
        }
    }

    @Test
    void randomBytesWithoutControlBytesAreStillGarbled() {
        // No control characters to give them away: the letters alone (mixed scripts, or too few) do.
        Random random = new Random(8);
        for (String charset : CHARSETS) {
            byte[] bytes = printable(random, 20_000);

            GarbledText.Measure m = GarbledText.measure(new String(bytes, Charset.forName(charset)));

            assertThat(m.garbled()).as(charset + ": " + m).isTrue();
        }
    }

    @Test
    void newsInEveryScriptAndCodeAndTablesAreText() {
        for (int i = 0; i < TEXTS.length; i += 2) {
            GarbledText.Measure m = GarbledText.measure(TEXTS[i + 1]);

            assertThat(m.garbled()).as(TEXTS[i] + ": " + m).isFalse();
            assertThat(m.visible()).as(TEXTS[i]).isGreaterThanOrEqualTo(GarbledText.MIN_CHARS);
        }
    }

    @Test
    void whatTheTextLosesBeforeSummarisingDoesNotCount() {
        String sentence = "The harbour authority said on Tuesday that the strike had ended after three weeks.";
        // UTF-16 read byte by byte (NUL or U+FFFD between the letters), and good text with a tail of bad bytes.
        for (String text : List.of(sentence.replaceAll("(.)", "$1\u0000"), sentence.replaceAll("(.)", "\uFFFD$1"),
                sentence + "\uFFFD(\uFFFD\uFFFD".repeat(20))) {
            GarbledText.Measure m = GarbledText.measure(text);

            assertThat(m.garbled()).as(m.toString()).isFalse();
        }
    }

    @Test
    void theSeedsAreNeverGarbled() throws Exception {
        List<Path> seeds;
        try (Stream<Path> list = Files.list(Path.of("seeds"))) {
            seeds = list.sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThan(10);
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"))) {
            for (Path seed : seeds) {
                SourceDocument doc = parser.parse(RawDocument.ofFile(seed.toString(), seed, Instant.EPOCH));
                assertThat(GarbledText.measure(doc.body()).garbled()).as(seed.toString()).isFalse();
            }
        }
    }

    @Test
    void garbledTextUnderATextNameIsSkippedWithItsReason() throws Exception {
        byte[] bytes = printable(new Random(9), 50_000);
        try (DocumentParser parser = new DocumentParser(IngestLimits.DEFAULTS, ZoneId.of("UTC"))) {
            assertThatThrownBy(() -> parser.parse(RawDocument.ofBytes("noise.txt", bytes, Instant.EPOCH)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("not text: binary or garbled content");
        }
    }

    /** Random bytes with the control bytes moved up into the printable range. */
    private static byte[] printable(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        for (int i = 0; i < n; i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x20 || bytes[i] == 0x7F) {
                bytes[i] = (byte) (bytes[i] + 0x40);
            }
        }
        return bytes;
    }
}
