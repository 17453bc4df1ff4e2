import { type CorpusSource, 不得分, 扣, 文, 范围 } from './corpus';

/** 企业精益生产 · 学校宿舍内务: score sheets found with the search tool in December 2026. */
export const gatheredPlantsDorms: CorpusSource[] = [
  {
    source: { publisher: '360docs.net', title: '精益生产线评审表（案例）', url: 'https://www.360docs.net/doc/1717074469.html' },
    texts: [
      文('在制品期量标准或成品期量标准缺失,分别扣 0.5分。', [扣(0.5)]),
      文('超标在制品未有分析处理记录,每发现一处扣 0.2分。', [扣(0.2, '处')]),
      文('未制定在制品消减计划,扣0.5 分。', [扣(0.5)]),
      文('在制品期量标准未实现同比降低,扣0.5分。', [扣(0.5)]),
    ],
  },
  {
    source: { publisher: '淘文阁（taowenge.com）', title: '扬州大学学生寝室内务卫生评分标准', url: 'https://m.taowenge.com/p-86346935.html' },
    texts: [
      文('室内打扫清洁, 在面无垃圾、无杂物地面有杂物、垃圾,扣10分卫生间、洗漱间不整洁,扣15分阳台不整洁,扣5分', [扣(10), 扣(15), 扣(5)]),
      文('床铺杂乱,扣5分被子未叠,扣10分床帷未打开,扣5分', [扣(5), 扣(10), 扣(5)]),
    ],
  },
  {
    source: { publisher: '金锄头文库（jinchutou.com）', title: '淮阴师范学院学生宿舍——筒子楼内务检查评分细则（试行）', url: 'https://www.jinchutou.com/shtml/a5f243970bd13f677565ce75c7806ed2.html' },
    texts: [
      文('1、 墙(屋)面2分无脚卬、球卬、墨迹(乱写乱画)等,墙血(角) 无蜘蛛网,无乱贴乱画,否则每处扣1分', [扣(1, '处')]),
      文('10、 宿舍内严禁使用(存有)违章电器(见《淮阴师院水电管理办法》), 若违规每次扣20分;', [扣(20, '次')]),
    ],
  },
  {
    source: { publisher: 'ikanpan.com', title: '內務檢查標準', url: 'https://www.ikanpan.com/a/202204/838724.html' },
    texts: [
      文('a.牆上有灰塵、汙跡、並有亂釘、亂貼、亂掛現象扣1-5分。', [范围(1, 5)]),
      文('c.私拉亂接繩線、電線扣2-5分。', [范围(2, 5)]),
      文('7.不給開宿舍門、不配合檢查按0分記。', [不得分]),
    ],
  },
  {
    source: { publisher: '武汉理工大学信息工程学院', title: '宿舍卫生检查扣分标准', url: 'https://cie.wut.edu.cn/info/1731/11031.htm' },
    texts: [
      文('① 被子摆放不整齐(每人次扣5分);', [扣(5, '人次')]),
      文('① 地面有垃圾未清理(每处扣5分);', [扣(5, '处')]),
      文('① 墙上网线分布不合理(扣10分);', [扣(10)]),
    ],
  },
];
