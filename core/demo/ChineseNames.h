#pragma once

#include <QString>

namespace tongbao {

class DemoRandom;

// Plausible Chinese personal names for demo data. Surnames are drawn with roughly the
// frequencies of the 2020 census, leaning towards the mix of the Chongqing hills (more 陈, 罗,
// 谭, 冉, 向), and include the rare surnames whose reading differs from the common reading of
// the character (单 Shàn, 曾 Zēng, 区 Ōu, 仇 Qiú, 解 Xiè, 查 Zhā, 盖 Gě, 朴 Piáo), because those
// are the names that trip up sorting, search and pinyin input. Given names follow the
// fashions of the person's generation: a grandmother is 秀英 or 碧琼, her granddaughter 梓涵.
class ChineseNames {
public:
    enum class Generation { Elder, Parent, Child };  // born before 1970, 1970-1999, after 2000

    static QString surname(DemoRandom& random);
    static QString givenName(DemoRandom& random, bool male, Generation generation);
    static QString fullName(DemoRandom& random, bool male, Generation generation);
    static Generation generationOf(int birthYear);

    // A place-like name of two characters for villages and communities (石坪, 龙凤).
    static QString placeName(DemoRandom& random);
};

}  // namespace tongbao
