using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>The bodies of the five sample articles in data/ (menus, captions and headline lists left out, related-article
/// blocks as their own stories), as the cleaner hands them over.</summary>
internal static class SampleArticles
{
    public static readonly SampleArticle EuStrategicDialogue = new(
        new DocumentInfo("000_2028b9ba857662b1", "한국·EU 고위 외교관들, 안보·무역 협력 논의", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "한국 외교부 장관 조현이 브뤼셀에서 유럽연합(EU) 외교안보정책 고위대표 카야 칼라스와 만나 안보, 국방, 경제, 무역 분야 협력을 강화하기 위한 논의를 가졌다. 이는 양측의 두 번째 전략 대화 자리였다. 두 측은 고위급 교류 지속과 실질적 협력 방안을 심도 있게 논의했다.",
            "브뤼셀에서 열린 한국과 EU의 두 번째 전략 대화에서 조현 외교부 장관과 카야 칼라스는 안보와 국방, 경제 및 무역 분야에서의 협력을 강화하기로 합의했다. 외교부에 따르면, 양측은 정상회담을 포함한 고위급 교류를 지속하고, 안보·국방 및 경제·무역 분야에서 실질적 협력을 심도 있게 논의했다.",
            "또한 한국반도와 동북아 상황, 우크라이나 전쟁, 중동 분쟁에 대한 평가를 교환했다. 한국과 EU는 2010년 전략적 파트너십으로 관계를 격상시켜 안보, 국방, 경제, 무역, 과학기술 분야 협력을 확대해 왔다. 전략 대화는 2024년 말에 시작됐다.",
            "이 회의는 양측이 글로벌 안보와 경제 도전에 대응하기 위한 협력을 강조하는 맥락에서 이뤄졌다. 외교부는 \"광범위한 영역에서 실질적 협력을 강화하는 방안\"을 논의했다고 밝혔다. 이는 한국의 유럽과의 외교적 유대를 강화하는 데 기여할 전망이다.",
        ],
        2, 2);

    public static readonly SampleArticle RelatedDefenseMinisters = new(
        new DocumentInfo("000_2028b9ba857662b1#2", "한국 일본 국방장관, 말레이시아서 3국 안보 협력 재확인", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "한국과 일본의 국방장관이 11월 1일 말레이시아 쿠알라룸푸르에서 열린 아세안 국방장관회의 플러스(ADMM-Plus)에서 미국과의 3국 안보 협력을 재확인했다. 북한의 핵·미사일 위협에 대응하기 위한 양국 협력을 강조하며, 한국 국방장관 안규백은 중국의 '건설적 역할'을 촉구했다. 이 회의는 미중 경쟁 심화 속 지역 평화 협력을 논의하는 자리였다.",
        ],
        1);

    public static readonly SampleArticle RelatedMacronSummit = new(
        new DocumentInfo("000_2028b9ba857662b1#3", "남아프리카 요하네스버그에서 열린 G20 정상회의 사이드라인에서 이재명 한국 대통령이 에마뉘엘 마크롱 프랑스 대통령과 회담을 가졌다.", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "남아프리카 요하네스버그에서 열린 G20 정상회의 사이드라인에서 이재명 한국 대통령이 에마뉘엘 마크롱 프랑스 대통령과 회담을 가졌다. 이 대통령은 양국 관계를 전략적 동반국체로 승격시키고 문화, 안보, 기술 분야 협력을 강화하기를 희망한다고 밝혔다. 이는 6월 캐나다 G7 회의 이후 두 번째 만남으로, 내년 양국 수교 140주년을 앞두고 이뤄졌다.",
        ],
        1);

    public static readonly SampleArticle RelatedWashingtonTalks = new(
        new DocumentInfo("000_2028b9ba857662b1#4", "남한과 미국의 최고 외교관들이 도널드 트럼프 대통령의 관세 인상 위협 속 워싱턴에서 이번 주 회담을 가질 예정이다.", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "남한과 미국의 최고 외교관들이 도널드 트럼프 대통령의 관세 인상 위협 속 워싱턴에서 이번 주 회담을 가질 예정이다. 외교부에 따르면, 조현 외교부 장관이 마르코 루비오 미국 국무장관과 1대1 회의를 통해 무역 협정 이행을 논의한다. 이는 최근 무역 협정 지연으로 인한 불확실성 속에서 이뤄진다.",
        ],
        1);

    public static readonly SampleArticle RelatedKallasEgypt = new(
        new DocumentInfo("000_2028b9ba857662b1#5", "The European Union will disburse €1bn in macro-financial assistance to Egypt to support its economy and reform agenda, EU High Representative Kaja Kallas said.", null, null, "data/000_2028b9ba857662b1.txt", null, "en"),
        [
            "The European Union will disburse €1bn in macro-financial assistance to Egypt to support its economy and reform agenda, EU High Representative Kaja Kallas said. She made the remarks after talks with Egyptian President Abdel Fattah Al-Sisi in Cairo, stressing that Egypt remains a strategic partner for the bloc with a pivotal role in regional security and stability.",
        ],
        1);

    public static readonly SampleArticle RelatedApecMeeting = new(
        new DocumentInfo("000_2028b9ba857662b1#6", "한국의 여한구 무역장관은 30일 경주에서 열린 아시아태평양경제협력체(APEC) 장관회의 개회식에서 글로벌 경제 변화에 대응해 개방적 다자주의와 AI 협력을 강조했다.", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "한국의 여한구 무역장관은 30일 경주에서 열린 아시아태평양경제협력체(APEC) 장관회의 개회식에서 글로벌 경제 변화에 대응해 개방적 다자주의와 AI 협력을 강조했다. 조현 외교장관은 아시아태평양 지역을 '개방되고 연결된' 상태로 유지할 것을 촉구하며 경제·지정학적 도전에 공동 대응을 제안했다. 이 회의는 11월 1~2일 리더스 서밋을 앞두고 주요 의제를 조율하는 자리다.",
        ],
        1);

    public static readonly SampleArticle RelatedKobayashiVisit = new(
        new DocumentInfo("000_2028b9ba857662b1#7", "서울에서 1월 8일 한국의 김민석 총리와 조현 외교부 장관이 일본 자유민주당(LDP) 정책연구회 의장인 고바야시 타카유키와 차례로 회동하며 양국 관계 발전 방안을 논의했다.", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "서울에서 1월 8일 한국의 김민석 총리와 조현 외교부 장관이 일본 자유민주당(LDP) 정책연구회 의장인 고바야시 타카유키와 차례로 회동하며 양국 관계 발전 방안을 논의했다. 이 회의들은 이달 말 예정된 이재명 대통령의 일본 방문 앞두고 중요성을 더한다. 양측은 청년 교류와 경제 협력을 강조하며 안정적인 관계 유지를 위한 협력을 확인했다.",
        ],
        1);

    public static readonly SampleArticle RelatedXiSummit = new(
        new DocumentInfo("000_2028b9ba857662b1#8", "베이징에서 열린 정상회담에서 이재명 대통령과 시진핑 중국 국가주석은 북한과의 대화 재개를 위한 조치를 모색하기로 합의했다.", null, null, "data/000_2028b9ba857662b1.txt", null, "ko"),
        [
            "베이징에서 열린 정상회담에서 이재명 대통령과 시진핑 중국 국가주석은 북한과의 대화 재개를 위한 조치를 모색하기로 합의했다. 양국 지도자들은 한반도 평화와 안정을 강조하며, 경제·문화 협력 확대를 논의했다. 북한의 최근 미사일 발사에도 불구하고 협력 의지를 확인했다.",
        ],
        1);

    public static readonly SampleArticle NatoSummitWiSungLac = new(
        new DocumentInfo("001_7bea1b765362c343", "네덜란드 헤이그에서 열린 북대서양조약기구(NATO·나토) 정상회의에 이재명 대통령을 대신해 참석 중인 위성락 국가안보실장이 25일(현지시각) 마크 루비오 미국 국무장관을 만났다.", "조선비즈", null, "data/001_7bea1b765362c343.txt", null, "ko"),
        [
            "네덜란드 헤이그에서 열린 북대서양조약기구(NATO·나토) 정상회의에 이재명 대통령을 대신해 참석 중인 위성락 국가안보실장이 25일(현지시각) 마크 루비오 미국 국무장관을 만났다. 양측은 한미 정상회담을 조속히 개최하는 데 공감대를 형성했다.",
            "대통령실은 “양측은 조속한 한미 정상회담 개최의 필요성에 공감하고, 이와 관련해 계속 긴밀히 소통하기로 했다”며 “특별한 우방인 한미 간 성공적인 동맹 관계를 더욱 강력하게 발전시켜 나갈 방향과 당면 현안에 대해 폭넓게 협의했다”고 전했다.",
            "이번 나토 정상회의에서 위 실장은 도널드 트럼프 미 행정부의 대표적 한반도 전문가인 앨리슨 후커 미 국무부 정무차관도 별도로 접견했다. 또 이시바 시게루 일본 총리를 대신해 참석한 이와야 다케시 일본 외무상과도 면담했다.",
            "대통령실은 “국제 및 지역 정세에 대해 의견을 교환하고 북한 문제를 포함한 다양한 지정학적 위기에 대응하는 데 있어 한일 및 한미일 공조를 발전시켜 나가기로 했다”고 전했다.",
            "위 실장은 토마쉬 포야르 체코 국가안보보좌관과도 만났다. 대통령실은 “양측은 두코바니 원전 최종 계약 체결을 평가하고 성공적인 원전 협력을 기반으로 첨단산업·인프라·에너지·방산 등 다양한 분야로 양국 간 전략적 협력이 확대될 수 있도록 긴밀히 소통해 나가기로 했다”고 밝혔다.",
            "이 밖에 위 실장은 마르텐 보프 네덜란드 총리실 외교국방보좌관과도 면담했다. 이 자리에서는 반도체, 인공지능(AI), 사이버 안보 등 첨단 기술 분야를 중심으로 협력 관계를 발전시키기로 했다고 대통령실은 전했다.",
        ],
        2, 2, 2);

    public static readonly SampleArticle NetherlandsTwoPlusTwo = new(
        new DocumentInfo("002_db910010b746ffbf", "한·네덜란드, '2+2 외교·산업 고위급 대화' 개최…AI·반도체 협력 강화 논의", "뉴시스", null, "data/002_db910010b746ffbf.txt", new DateOnly(2026, 2, 11), "ko"),
        [
            "서울 외교부 청사서 만나…2년 후 헤이그서 2차 개최",
            "[서울=뉴시스] 유자비 기자 = 한국과 네덜란드가 11일 '2+2 외교·산업 고위급 대화'를 서울에서 개최하고 경제안보, 인공지능(AI), 반도체 등 협력 강화 방안에 대해 논의했다.",
            "조현 외교부 장관과 여한구 산업통상부 통상교섭본부장은 이날 서울 외교부 청사에서 네덜란드의 다비드 반 베일 외교장관 및 아우케 더 브리스 통상개발장관과 제1차 '한-네덜란드2+2 외교·산업 고위급 대화'를 개최했다.",
            "이번 회의는 전략적 동반자 관계인 양국의 외교·산업 당국이 함께 참여하는 최초의 회의다.",
            "참석 장관들은 글로벌 지경학적 환경 변화와 자국 우선주의가 확산되는 상황에 대해 평가하고 양국간 경제안보, AI·사이버·신흥기술, 반도체 산업, 핵심원자재 등 분야에서 협력 심화 방안을 논의했다.",
            "양국은 논의 결과를 담은 공동성명에서 \"대한민국과 네덜란드 왕국은 중요한 교역 및 투자 파트너로 장관들은 연례 협의 및 대화를 통해 무역, 경제안보, 군사 분야에서의 책임 있는 AI 이용, 사이버안보, 반도체, 핵심 원자재 공급망 안정 등 분야에서 전략적 동반자 관계 틀 내에서 협력이 강화되어 온 점을 평가했다\"라고 밝혔다.",
            "아울러 조기경보시스템 협력과 수출통제 협의가 양국의 경제 안보를 효과적으로 강화해 왔고, 공급망 모니터링 방식에 대한 교류가 향후 경제 안보 협력 강화를 모색하는 데 건설적인 단계가 됐다며 \"향후 이런 노력을 더 확대하고 무역 분야를 포함한 새로운 경제안보 협력 영역을 선제적으로 발굴해 나갈 것을 강조했다\"라고 밝혔다.",
            "또 향후 양국은 사이버 위협 억지, 국제법 및 규범 발전, 사이버 회복력 강화를 위한 긴밀한 파트너십을 한층 강화할 방안을 지속 모색하고, 향후 양국간 정기적인 인공지능 실무급 대화 추진 및 포용적인 국제 논의를 통해 AI에 관한 책임있고, 안전하며, 인간 중심적인 접근과 관련된 여타 사안들에 대해서도 양국이 협력할 필요가 있다고 확인했다.",
            "양국 장관들은 정부 협의, 무역 사절단 등 반도체 분야 양자 협력을 강화하기 위해 취해진 노력을 환영했다. 또 양국 중소기업과 연구개발 기관·시설간 연계를 포함해 반도체 생태계 간 보다 긴밀한 연결을 실현함으로써 전략적 협력을 지속·강화해 나가겠다는 의지를 재확인했다.",
            "아울러 최근 헤이그에서 서명된 반도체, 양자기술 등 전략적 분야 공동 연구개발 추진을 위한 의향서를 토대로 첨단기술 생태계에 대한 상호 투자를 모색하겠다는 공동의 의지를 확인했다.",
            "공동성명은 또 \"장관들은 최근 공급망 교란에 대해 우려를 표명하고, 핵심 품목 및 기술을 포함한 지속가능하고 투명하며 안전한 공급망 구축을 지원하기 위해 공급망 모니터링, 다변화, 비축 정책 등에 관한 양국 간 지속적 논의와 협력의 중요성을 강조했다\"라고 밝혔다.",
            "양국은 차기 2+2 외교·산업 고위급 대화를 2년 후 네덜란드 헤이그에서 개최하기로 합의했다.",
        ],
        4, 3, 3, 2);

    public static readonly SampleArticle RutteCall = new(
        new DocumentInfo("003_4460ef622a866226", "뤼터 나토 사무총장, 이재명 대통령과 첫 통화", "경향신문", null, "data/003_4460ef622a866226.txt", null, "ko"),
        [
            "마르크 뤼터 북대서양조약기구(나토) 사무총장이 이재명 대통령과 첫 통화를 마친 뒤 “양측이 방위산업 협력을 통해 공동 안보를 강화하기로 했다”고 밝혔다.",
            "뤼터 사무총장은 3일(현지시간) 엑스에서 “이 대통령과 통화하며 나토·대한민국 동반관계의 가치를 논의했다”고 밝혔다.",
            "그는 “우리는 정기적인 정보 교환과 방위산업 협력을 통해 공동 안보를 강화하기로 했다”며 “대한민국의 지속적인 우크라이나 지원에 대해서도 이 대통령에게 감사의 뜻을 표했다”고 말했다.",
            "앞서 대통령실도 이날 이 대통령이 뤼터 사무총장과 통화했다고 밝혔다.",
            "대통령실에 따르면 두 정상은 방산 분야 협력을 강화해나가기로 했다. 나토의 차세대 전력 공동개발·획득 사업인 ‘고가시성 프로젝트’에 대한 한국 참여 방안 등 구체적인 방산 협력에 대해 협의해 나가고 지역 및 글로벌 안보 도전에 대응하는 데에 긴밀히 소통하자는 의견도 나눴다.",
            "뤼터 사무총장은 이 대통령에게 “명예 서울시민으로서 이 대통령의 성공적인 국정운영을 기원한다”며 “상호 편리한 시기에 직접 만나 의견을 교류하길 희망한다”고 말한 것으로 알려졌다. 그는 네덜란드 총리 시절인 2016년 방한해 서울시로부터 명예 시민증을 받은 바 있다.",
            "이 제의에 이 대통령은 환영의 뜻을 표하고 “언제든 한국을 방문하기를 기대한다”고 화답했다.",
            "나토 정상회의는 지난 24일부터 이틀간 네덜란드 헤이그에서 열렸다. 이 대통령은 국내 현안과 중동 사태로 인한 불확실성 등을 고려해 불참하고 위성락 안보실장이 대신 회의에 참석했다.",
        ],
        3, 3, 2);

    public static readonly SampleArticle EuSecurityDialogue = new(
        new DocumentInfo("004_fa8377dc520534e5", "S. Korea, EU agree to boost security cooperation", "The Korea Herald", null, "data/004_fa8377dc520534e5.txt", new DateOnly(2021, 6, 24), "en"),
        [
            "South Korea and the European Union agreed Thursday to further strengthen defense and security ties during a biennial security dialogue, the defense ministry said.",
            "During the fourth Security and Defense Dialogue held via a video link, the two sides shared their assessments of regional security situations and discussed ways to deepen defense cooperation, according to the ministry.",
            "South Korea was represented by Kim Sang-jin, director general of international policy at the Ministry of National Defense, and the EU by Joanneke Balfoort, director for security and defense policy in the European External Action Service.",
            "\"Kim asked for the EU's cooperation and support for the denuclearization of the Korean Peninsula and the establishment of a permanent peace,\" the defense ministry said in a release.",
            "In response, Balfoort \"stressed the EU's strong backing for Seoul's efforts to better inter-Korean ties and vowed to spare no support for peace on the Korean Peninsula,\" it added.",
            "The EU official also explained details of the EU's Indo-Pacific strategies, and voiced hope for cooperation with South Korea to implement them.",
            "\"The two sides agreed to boost cooperation to beef up maritime security in the Gulf of Guinea and the adjacent African regions against growing threats by pirates,\" according to the release.",
            "The security dialogue between the two sides was launched in 2015 and has been held once in two years.",
        ],
        3, 5);
}
