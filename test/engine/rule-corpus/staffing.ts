import { type CorpusSource, 不得分, 加, 扣, 文, 限 } from './corpus';

/**
 * 机构编制评估: the scoring methods (scoremethods) of a 机构编制资源配置 assessment of 区县 and 市级部门, as published in
 * the data of an assessment dashboard. Rates below a floor cost points per 1 % (每低1%，扣0.1分, the verb in the next
 * comma-part), and a counted clause carries its own cap beside other clauses (每例扣0.5分,共1分 … 每项扣0.1分).
 */
const COMMIT = '626ddb72a9f23d4dc51e5eac6a0f160f40025b77';
const file = (path: string) => `https://github.com/nima001/syqdemo/blob/${COMMIT}/${path}`;

export const staffing: CorpusSource[] = [
  {
    source: {
      publisher: 'GitHub nima001/syqdemo',
      title: '机构编制资源配置评估（区县）评分方法',
      url: file('src/person-huzhou/views/visualScreen/components/count2.js'),
    },
    texts: [
      文('①新进人员中35周岁以下占比不低于95%的，得2分；每低1%，扣0.2分。', [扣(0.2, '%')]),
      文('2.评估期内，对比上年度，保持基层人员编制稳定的，得1.5分；推动区县部门人员力量下沉的，对比上年度，每增加1名人员编制的，加0.05分，加分不超过0.5分；对比上年度，每减少1名人员编制的，扣0.1分，扣分不超过2分。',
        [限(加(0.05, '名'), 0.5), 限(扣(0.1, '名'), 2)]),
      文('1.存在自定编制未消化、严重超编进人、擅自增设机构、擅自加挂机构牌子或者变更机构名称、规格、性质、职责，每例扣0.5分,共1分。2.落实全市年度机构编制重点任务情况（0.5分）。根据推进“四个十”工作体系总体情况，未完成的每项扣0.1分。',
        [限(扣(0.5, '例'), 1), 扣(0.1, '项')]),
      文('1.按照国家规定的中小学教职工编制标准，根据现有学生数，足额保障本地区中小学教职工编制的，得2分。若保障不到位的，每少1%，扣0.1分；但本地区中小学教职工编制总量与地区事业编制总量的占比高于各地区平均占比加5%的，可不扣分。',
        [扣(0.1, '%')]),
    ],
  },
  {
    source: {
      publisher: 'GitHub nima001/syqdemo',
      title: '机构编制资源配置评估（市级部门）评分方法',
      url: file('src/person-huzhou/views/visualScreen/components/count.js'),
    },
    texts: [
      文('平均年龄不大于市级部门人员平均年龄的，得2分；每超平均年龄1岁的，扣0.5分', [扣(0.5, '岁')]),
      文('单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；每有1个内设机构实际人员配置数达不到要求的，扣0.5分', [扣(0.5, '个')]),
      文('严格落实党管机构编制原则（1.5分）。是否通过下发文件、召开会议、签订责任书、资金分配、项目审批、工作考核、评比表彰等方式干预下级机构设置、职能配置和编制配备；是否未经征求机构编制部门意见，在制定规范性文件、起草市领导讲话材料或提交市委市政府研究的专项工作汇报中对机构编制提出明确要求的。发现一次的，扣0.5分；发现有两次及以上的，此项不得分',
        [扣(0.5, '次'), 不得分]),
      文('科级领导干部中35岁及以下的不低于总数的20%，得1分;每低1%，扣0.05分', [扣(0.05, '%')]),
    ],
  },
];
